import type { PolicyRecord } from './policy-record.ts';

/** The published policy as a Markdown file: a header an auditor reads first, then the text. */
export function policyMarkdown(record: PolicyRecord): string {
  const { policy, version } = record;
  const approval = `${version.approvedBy} on ${record.approvedOn}${version.selfApproved ? ' (self-approved: the author approved their own text)' : ''}`;
  const reviews = record.reviews.length
    ? record.reviews.map((r) => `- ${r.on}: reviewed by ${r.by}, version ${r.version}, ${r.changed ? 'with changes' : 'no changes'}${r.note ? `: ${r.note}` : ''}`)
    : ['- none yet: the first yearly review falls due a year after publication'];
  return [
    `# ${policy.title}`,
    '',
    `- Company: ${record.company}`,
    `- Version: ${version.version} (SHA-256 ${version.sha256})`,
    `- Effective: ${record.effectiveOn}`,
    `- Approved by: ${approval}`,
    `- Owner: ${policy.ownerRole}`,
    `- Supports: ${policy.criteria.join(', ')}`,
    '',
    '## Review history',
    '',
    ...reviews,
    '',
    '---',
    '',
    version.text,
    '',
  ].join('\n');
}
