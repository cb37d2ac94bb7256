import { ZipFile } from 'yazl';
import type { Context } from '../context.ts';
import { listPolicies } from './policy.ts';
import { policyMarkdown } from './policy-markdown.ts';
import { policyPdf } from './policy-pdf.ts';
import { policyRecord } from './policy-record.ts';

/**
 * Every published policy as PDF and Markdown in one ZIP, with an index of versions, effective
 * dates and approvers. Streamed: each PDF is written into the archive as it is drawn.
 */
export async function policyPack(ctx: Context): Promise<{ zip: NodeJS.ReadableStream; policies: number }> {
  const published = (await listPolicies(ctx)).filter((policy) => policy.status === 'published');
  const zip = new ZipFile();
  const index = ['# Policies', '', '| policy | version | effective | approved by |', '| --- | --- | --- | --- |'];
  for (const policy of published) {
    const record = await policyRecord(ctx, policy.id);
    const name = `${policy.id}-v${record.version.version}`;
    zip.addBuffer(Buffer.from(policyMarkdown(record)), `${name}.md`);
    zip.addReadStream(policyPdf(record), `${name}.pdf`);
    index.push(`| ${policy.title} | ${record.version.version} | ${record.effectiveOn} | ${record.version.approvedBy}${record.version.selfApproved ? ' (self-approved)' : ''} |`);
  }
  if (published.length === 0) index.push('', 'No policy is published yet.');
  zip.addBuffer(Buffer.from(`${index.join('\n')}\n`), 'README.md');
  zip.end();
  return { zip: zip.outputStream, policies: published.length };
}
