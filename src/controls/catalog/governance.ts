import type { ControlArea } from '../control.ts';

/** The policy set, the day-one policies, oversight and the records that hold it together. */
export const governance: ControlArea = {
  code: 'GV',
  name: 'Governance and policies',
  controls: [
    {
      id: 'GV-01',
      title: 'Policies approved and reviewed yearly',
      statement:
        'Each security policy names its owner and is approved by leadership before it is published. Every policy is reviewed and approved again at least once a year, even when nothing changes, and every version is kept with its approver and approval date.',
      criteria: ['CC5.3', 'CC1.3', 'CC2.2'],
      policyId: 'information-security',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'policy-set' },
      core: 'documented-policies',
    },
    {
      id: 'GV-02',
      title: 'Information Security Policy in force',
      statement:
        'An Information Security Policy approved by leadership states what the security program covers, its objectives, the named security owner and the policies beneath it, and is published to everyone who works for the company.',
      criteria: ['CC5.3', 'CC1.3', 'CC2.2', 'CC5.2'],
      policyId: 'information-security',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'policy-approved', policyId: 'information-security' },
      core: 'day-one-policy',
    },
    {
      id: 'GV-03',
      title: 'Acceptable Use Policy in force',
      statement:
        'An Acceptable Use Policy approved by leadership sets how people use company systems, devices and data, what is not allowed, that activity is logged, and what follows misuse.',
      criteria: ['CC1.1', 'CC2.2', 'CC5.3', 'CC6.7', 'CC6.8'],
      policyId: 'acceptable-use',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'policy-approved', policyId: 'acceptable-use' },
      core: 'day-one-policy',
    },
    {
      id: 'GV-04',
      title: 'Access Control Policy in force',
      statement:
        'An Access Control Policy approved by leadership sets how access is requested, approved at least privilege, reviewed every quarter and removed when someone leaves, and how privileged and shared accounts are handled.',
      criteria: ['CC6.1', 'CC6.2', 'CC6.3', 'CC5.3'],
      policyId: 'access-control',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'policy-approved', policyId: 'access-control' },
      core: 'day-one-policy',
    },
    {
      id: 'GV-05',
      title: 'Password and Authentication Policy in force',
      statement:
        'A Password and Authentication Policy approved by leadership requires MFA on every account, single sign-on where a system offers it, long unique passwords kept in the password manager, and service credentials with an owner that are rotated.',
      criteria: ['CC6.1', 'CC6.6', 'CC5.3'],
      policyId: 'password-authentication',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'policy-approved', policyId: 'password-authentication' },
      core: 'day-one-policy',
    },
    {
      id: 'GV-06',
      title: 'Data Classification and Handling Policy in force',
      statement:
        'A Data Classification and Handling Policy approved by leadership defines the Confidential, Internal and Public classes, how each is stored, shared and accessed, and requires an inventory of the systems that hold Confidential data.',
      criteria: ['CC2.1', 'CC6.1', 'CC6.7', 'CC5.3', 'C1.1'],
      policyId: 'data-classification',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'policy-approved', policyId: 'data-classification' },
      core: 'day-one-policy',
    },
    {
      id: 'GV-07',
      title: 'Policies acknowledged every year',
      statement:
        'Everyone who works for the company, contractors included, acknowledges the version in force of each policy that applies to them every year and after each material change. Each acknowledgement records the person, the version and the time.',
      criteria: ['CC2.2', 'CC1.1', 'CC5.3'],
      policyId: 'information-security',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'acknowledgements' },
    },
    {
      id: 'GV-08',
      title: 'Leadership oversees security',
      statement:
        'At least once a year leadership reviews the state of security with the security owner (the risk register, incidents, access-review findings, open exceptions and control gaps) and records the review and its decisions.',
      // A small company has no board independent of management: leadership's recorded review is what CC1.2 can rest on.
      criteria: ['CC1.2', 'CC2.2', 'CC4.2'],
      policyId: 'information-security',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'manual', attach: 'The minutes or slides of each leadership security review: the date, who attended, what was reviewed and what was decided.' },
    },
    {
      id: 'GV-09',
      title: 'Roles and reporting lines recorded',
      statement:
        'Everyone who works for the company is in the people directory with their role, department and manager, so that responsibilities and reporting lines are known; changes are recorded as they happen.',
      criteria: ['CC1.3'],
      policyId: 'information-security',
      frequency: { kind: 'standing' },
      evidence: { kind: 'people-directory' },
    },
    {
      id: 'GV-10',
      title: 'System description and customer commitments kept current',
      statement:
        'A description of the system in scope (its services, infrastructure, data, people and boundaries) and the security commitments made to customers in contracts, terms or a trust page are written down, agree with each other, and are reviewed every year.',
      criteria: ['CC2.3', 'CC2.1', 'CC3.1'],
      policyId: 'information-security',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'manual', attach: 'The dated system description and the customer-facing security commitments (terms, trust page), with the date of their last review.' },
    },
    {
      id: 'GV-11',
      title: 'Control records kept tamper-evident',
      statement:
        'Every record that evidences a control (approvals, acknowledgements, checklists, reviews, completions) is written to an append-only log in which each entry is chained to the one before by its hash and the chain is signed at checkpoints, so that no record can be changed, removed or backdated unnoticed.',
      criteria: ['CC2.1'],
      policyId: 'information-security',
      frequency: { kind: 'standing' },
      evidence: { kind: 'evidence-log' },
    },
    {
      id: 'GV-12',
      title: 'Exceptions and control gaps reviewed quarterly',
      statement:
        'Every quarter the security owner reviews the open policy exceptions, each with its approver, reason and end date, and the status of every control, records the gaps found with an owner and a date, and follows up the gaps of the quarter before.',
      criteria: ['CC4.1', 'CC4.2', 'CC5.3'],
      policyId: 'information-security',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: { kind: 'manual', attach: 'The exceptions register and the quarterly control status report, each dated, with every gap’s owner and due date and how the previous quarter’s gaps were closed.' },
    },
  ],
};
