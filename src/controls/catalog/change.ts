import type { ControlArea } from '../control.ts';

/** How changes reach production. */
export const change: ControlArea = {
  code: 'CM',
  name: 'Change management',
  controls: [
    {
      id: 'CM-01',
      title: 'Changes reviewed before production',
      statement:
        'Every change to production (application code, infrastructure as code, database schema and configuration alike) goes through a pull request approved by someone other than its author, with automated checks passing, and is deployed from the main branch through the pipeline. A setting changed by hand in a console is ticketed and reviewed by a second person within one business day.',
      criteria: ['CC8.1', 'CC5.1', 'CC6.8', 'CC7.1'],
      policyId: 'change-management',
      frequency: { kind: 'per-event', event: 'change' },
      evidence: {
        kind: 'manual',
        attach: 'The list of merged pull requests and production deployments for the period, exported from the code host and the pipeline, each with its non-author approval, passing checks and deploy record.',
      },
    },
    {
      id: 'CM-02',
      title: 'Branch protection enforced',
      statement:
        'The main branch requires an approval and passing checks, blocks force-pushes and does not let admins bypass these rules. The security owner checks these settings, and the list of people who can deploy, every quarter.',
      criteria: ['CC8.1', 'CC6.8', 'CC5.2'],
      policyId: 'change-management',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: {
        kind: 'manual',
        attach: 'Each quarter, a dated export or screenshot of the branch protection rules and the list of people who can deploy, with the code host’s audit log entries for any bypass.',
      },
    },
    {
      id: 'CM-03',
      title: 'Emergency changes reviewed after the fact',
      statement:
        'A change shipped without prior review, because production was down or a fix could not wait, is marked as an emergency, reported to the security owner the same day, and reviewed by another engineer within one business day.',
      criteria: ['CC8.1'],
      policyId: 'change-management',
      frequency: { kind: 'per-event', event: 'emergency-change' },
      evidence: { kind: 'manual', attach: 'Each emergency change in the period (say so when there were none) with its reason, the same-day notice and the review after the fact, with their dates.' },
    },
  ],
};
