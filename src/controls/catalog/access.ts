import type { ControlArea } from '../control.ts';

/** Giving, reviewing and removing access, and the sign-in rules beneath it. */
export const access: ControlArea = {
  code: 'AC',
  name: 'Access control',
  controls: [
    {
      id: 'AC-01',
      title: 'Least-privilege accounts from the checklist',
      statement:
        'Each account a new person gets is created from their onboarding checklist on the system’s least-privilege default role, recording who created it and when. Admin rights need a recorded reason and are never given because it is faster.',
      criteria: ['CC6.2', 'CC6.3'],
      policyId: 'access-control',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'account:' },
    },
    {
      id: 'AC-02',
      title: 'MFA enrolled before first use',
      statement: 'Each new person enrolls a second factor on every account before the account is used.',
      criteria: ['CC6.1', 'CC6.6'],
      policyId: 'password-authentication',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'mfa-enrolled' },
    },
    {
      id: 'AC-03',
      title: 'Manager confirms access matches the role',
      statement:
        'Within two weeks of the start date, the person’s manager confirms on the checklist that the access granted matches the role, or the scope of a contractor’s engagement, and nothing more.',
      criteria: ['CC6.2', 'CC6.3'],
      policyId: 'access-control',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'manager-confirms-access' },
    },
    {
      id: 'AC-04',
      title: 'Access removed the day someone leaves',
      statement:
        'When someone leaves, employee or contractor, all their access is removed by the end of their last day from one offboarding checklist: single sign-on first, then every system outside it, with sessions, app grants, tokens, keys and second factors revoked and shared credentials they knew rotated. For an involuntary exit, access is cut before the conversation. The checklist records what was revoked, by whom and when.',
      criteria: ['CC6.2', 'CC6.3', 'CC6.1'],
      policyId: 'access-control',
      frequency: { kind: 'per-event', event: 'leaver' },
      evidence: { kind: 'offboardings' },
      core: 'onboarding-offboarding',
    },
    {
      id: 'AC-05',
      title: 'Contractor access ends on the contract end date',
      statement:
        'Contractors and other temporary people get access with an end date. Their offboarding is scheduled for that date and done on it, or earlier when the engagement ends early.',
      criteria: ['CC6.2', 'CC6.3'],
      policyId: 'access-control',
      frequency: { kind: 'per-event', event: 'contract-end' },
      evidence: { kind: 'obligation', idPrefix: 'engagement-end:' },
    },
    {
      id: 'AC-06',
      title: 'Access reviewed every quarter',
      statement:
        'Every quarter, each account on each in-scope system is reviewed against the account list the system itself produced that quarter. A reviewer who is not reviewing their own access keeps, changes or revokes each account with a reason and signs off each system; the list before, each decision and the list after are kept.',
      criteria: ['CC6.2', 'CC6.3'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'access-reviews' },
      core: 'access-reviews',
    },
    {
      id: 'AC-07',
      title: 'Review decisions carried out',
      statement:
        'Every revocation and change decided in an access review is made within five business days and confirmed by the system’s next account list, or recorded as an exception with its reason.',
      criteria: ['CC4.2', 'CC6.2'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-remediation' },
    },
    {
      id: 'AC-08',
      title: 'MFA required on every account',
      statement:
        'A second factor is required on every account: through single sign-on where a system offers it, through the system’s own setting where it does not, and in Groundwork itself. Accounts found without a second factor are fixed or recorded as exceptions.',
      criteria: ['CC6.1', 'CC6.6'],
      policyId: 'password-authentication',
      frequency: { kind: 'standing' },
      evidence: { kind: 'mfa-enforced' },
    },
    {
      id: 'AC-09',
      title: 'Dormant accounts disabled',
      statement: 'Accounts unused for longer than the dormancy limit (90 days unless set otherwise) are disabled in the quarterly review, or kept with a written reason.',
      criteria: ['CC6.2'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-flag', flag: 'dormant' },
    },
    {
      id: 'AC-10',
      title: 'Leavers’ accounts caught in review',
      statement: 'An account still active for someone who has left is revoked in the quarterly review, and the offboarding that missed it is corrected.',
      criteria: ['CC6.2', 'CC4.2'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-flag', flag: 'leaver_active' },
    },
    {
      id: 'AC-11',
      title: 'Shared accounts controlled',
      statement:
        'Shared accounts are avoided. Each one that remains has a named owner and a reason, keeps its credentials in the password manager, has them rotated when anyone who knew them leaves, and is reviewed every quarter.',
      criteria: ['CC6.1', 'CC6.2'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-flag', flag: 'shared' },
    },
    {
      id: 'AC-12',
      title: 'Privileged access kept to a few',
      statement:
        'Admin, owner and billing rights go to as few people as possible, each with a recorded reason, through an admin account separate from their everyday one. Every privileged account is reviewed each quarter.',
      criteria: ['CC6.3', 'CC6.1', 'CC5.1'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-flag', flag: 'privileged' },
    },
    {
      id: 'AC-13',
      title: 'Service credentials owned and rotated',
      statement:
        'Each API key, token and service account has a named owner and only the permissions it needs. It is rotated at least once a year, when someone who knew it leaves, and at once if it may have been exposed; credentials past the rotation limit are found and dealt with in the quarterly review.',
      criteria: ['CC6.1', 'CC6.2'],
      policyId: 'password-authentication',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-flag', flag: 'stale_credential' },
    },
    {
      id: 'AC-14',
      title: 'Third-party app grants reviewed',
      statement: 'The OAuth and app authorizations on company accounts are reviewed every quarter, and grants to unapproved or over-scoped apps are revoked.',
      criteria: ['CC6.1', 'CC6.7', 'CC9.2'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'review-flag', flag: 'standing_oauth_grant' },
    },
  ],
};
