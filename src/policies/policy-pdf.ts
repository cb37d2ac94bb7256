import MarkdownIt, { type Token } from 'markdown-it';
import PDFDocument from 'pdfkit';
import type { PolicyRecord } from './policy-record.ts';

const markdown = new MarkdownIt({ html: false });

/**
 * The published policy as a PDF: title, version, effective date, approver and approval date,
 * review history, then the text, with its headings, paragraphs, lists and bold kept.
 */
export function policyPdf(record: PolicyRecord): PDFKit.PDFDocument {
  const { policy, version } = record;
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: policy.title, Author: record.company, Subject: `Version ${version.version}, effective ${record.effectiveOn}` } });
  doc.font('Helvetica-Bold').fontSize(20).text(policy.title);
  doc.moveDown(0.5).font('Helvetica').fontSize(10).fillColor('#444');
  const facts = [
    `${record.company}. Version ${version.version}, effective ${record.effectiveOn}.`,
    `Approved by ${version.approvedBy} on ${record.approvedOn}${version.selfApproved ? ' (self-approved)' : ''}.`,
    `Owner: ${policy.ownerRole}. Supports ${policy.criteria.join(', ')}.`,
    `SHA-256 of this text: ${version.sha256}`,
    record.reviews.length
      ? `Reviews: ${record.reviews.map((r) => `${r.on} by ${r.by} (${r.changed ? 'with changes' : 'no changes'})`).join('; ')}.`
      : 'Reviews: none yet; the first yearly review falls due a year after publication.',
  ];
  for (const fact of facts) doc.text(fact);
  doc.moveDown().fillColor('#000');
  writeMarkdown(doc, version.text);
  doc.end();
  return doc;
}

function writeMarkdown(doc: PDFKit.PDFDocument, text: string): void {
  const tokens = markdown.parse(text, {});
  let bullet = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') {
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(token.tag === 'h1' ? 16 : 13);
    } else if (token.type === 'bullet_list_open') {
      bullet = true;
    } else if (token.type === 'bullet_list_close') {
      bullet = false;
      doc.moveDown(0.3);
    } else if (token.type === 'inline') {
      const heading = tokens[i - 1]?.type === 'heading_open';
      if (!heading) doc.font('Helvetica').fontSize(11);
      writeInline(doc, token.children ?? [], bullet && !heading, heading);
      if (!heading && !bullet) doc.moveDown(0.4);
    }
  }
}

/** One paragraph or list item: runs of plain and bold text flowing as one block; list items hang under their bullet. */
function writeInline(doc: PDFKit.PDFDocument, children: Token[], bullet: boolean, heading: boolean): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right - (bullet ? 14 : 0);
  if (bullet) {
    // The bullet is drawn by hand, so it must not stay behind at the foot of a page.
    if (doc.y + 2 * doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    doc.font('Helvetica').text('•', left + 2, y, { lineBreak: false });
    doc.x = left + 14;
    doc.y = y;
  }
  const runs: { text: string; bold: boolean }[] = [];
  let bold = heading;
  for (const child of children) {
    if (child.type === 'strong_open') bold = true;
    else if (child.type === 'strong_close') bold = heading;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') runs.push({ text: ' ', bold });
    else if (child.content) runs.push({ text: child.content, bold });
  }
  runs.forEach((run, index) => {
    doc.font(run.bold ? 'Helvetica-Bold' : 'Helvetica').text(run.text, { continued: index < runs.length - 1, width });
  });
  doc.x = left;
}
