import { stringify } from 'csv-stringify/sync';
import PDFDocument from 'pdfkit';
import type { PeopleReport, ReportRow } from './people-report.ts';

const list = (values: string[]) => values.join('; ');

/** One CSV for both populations, one row per onboarding or offboarding, then anyone missing a record. */
export function peopleReportCsv(report: PeopleReport): string {
  const header = ['population', 'name', 'email', 'kind', 'title', 'date', 'reason', 'status', 'items_done', 'items_total', 'completed_at', 'timing', 'done_by', 'revoked', 'returned', 'exceptions'];
  const rows = [...report.hires, ...report.leavers].map((r) => [
    r.population,
    r.name,
    r.email,
    r.kind,
    r.title ?? '',
    r.date,
    r.reason ?? '',
    r.status,
    r.done,
    r.total,
    r.completedAt ?? '',
    r.timing,
    list(r.doneBy),
    list(r.revoked.map((v) => `${v.system}: ${v.outcome} ${v.at}`)),
    list(r.returned.map((v) => `${v.asset}: ${v.outcome} ${v.at}`)),
    list(r.exceptions.map((e) => `${e.key}: ${e.detail}`)),
  ]);
  const missing = report.missing.map((m) => [m.population, m.name, m.email, m.kind, '', m.date, '', 'missing', 0, 0, '', m.problem, '', '', '', m.problem]);
  return stringify([header, ...rows, ...missing]);
}

function scopeText(report: PeopleReport): string {
  return 'last' in report.scope ? `The last ${report.scope.last} onboardings and offboardings` : `Hires and leavers from ${report.scope.from} to ${report.scope.to}`;
}

/** The same evidence as a PDF an auditor can file: one block per person, with what was done, when and by whom. */
export function peopleReportPdf(report: PeopleReport, company: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${company}: onboarding and offboarding evidence`, Author: company } });
  doc.font('Helvetica-Bold').fontSize(18).text(`${company}: onboarding and offboarding`);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#444').text(`${scopeText(report)}. Dates are local to ${report.timeZone}.`).text(report.completeness).fillColor('#000');
  const section = (title: string, rows: ReportRow[]) => {
    doc.moveDown().font('Helvetica-Bold').fontSize(14).text(title);
    if (rows.length === 0) doc.font('Helvetica').fontSize(10).text('None.');
    for (const r of rows) {
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(`${r.name} <${r.email}>, ${r.kind}${r.title ? `, ${r.title}` : ''}`);
      doc.font('Helvetica').fontSize(10);
      doc.text(`${r.population === 'hire' ? 'Started' : 'Left'} ${r.date}${r.reason ? ` (${r.reason})` : ''}. ${r.done} of ${r.total} items done${r.completedAt ? `, complete ${r.completedAt.slice(0, 10)}` : ''}. ${r.timing}.`);
      if (r.doneBy.length) doc.text(`Done by: ${list(r.doneBy)}.`);
      if (r.revoked.length) doc.text(`Access: ${list(r.revoked.map((v) => `${v.system} ${v.outcome} ${v.at.slice(0, 16).replace('T', ' ')} UTC`))}.`);
      if (r.returned.length) doc.text(`Assets: ${list(r.returned.map((v) => `${v.asset} ${v.outcome} ${v.at.slice(0, 10)}`))}.`);
      if (r.exceptions.length) doc.fillColor('#a61b1b').text(`Exceptions: ${list(r.exceptions.map((e) => `${e.key}: ${e.detail}`))}.`).fillColor('#000');
    }
  };
  section('Onboardings', report.hires);
  section('Offboardings', report.leavers);
  if (report.missing.length) {
    doc.moveDown().font('Helvetica-Bold').fontSize(14).fillColor('#a61b1b').text('Missing records');
    doc.font('Helvetica').fontSize(10);
    for (const m of report.missing) doc.text(`${m.name} <${m.email}>, ${m.kind}, ${m.date}: ${m.problem}.`);
    doc.fillColor('#000');
  }
  doc.end();
  return doc;
}
