import type { ControlArea } from '../control.ts';

/** Where data lives, how it is encrypted, how long it is kept and how it is deleted. */
export const data: ControlArea = {
  code: 'DM',
  name: 'Data protection',
  controls: [
    {
      id: 'DM-01',
      title: 'Inventory of systems and their data',
      statement:
        'One inventory lists the systems the company uses, each with its owner, category, the class of data it holds, whether it is in scope, and whether single sign-on and MFA are enforced. Systems are added when adopted and retired when dropped, and the security owner reviews the inventory every year.',
      criteria: ['CC2.1', 'CC6.1', 'C1.1'],
      policyId: 'data-classification',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'systems-inventory' },
    },
    {
      id: 'DM-02',
      title: 'Data encrypted at rest and in transit',
      statement:
        'Production databases, storage, disks and backups are encrypted at rest with the cloud provider’s encryption, public endpoints accept only TLS 1.2 or newer, and keys are held in the provider’s key management service. The security owner checks these settings every year.',
      criteria: ['CC6.1', 'CC6.7', 'C1.1'],
      policyId: 'encryption',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: {
        kind: 'manual',
        attach: 'Dated within the year: the encryption setting of each production database, storage bucket and backup, the TLS configuration of each public endpoint (a scan report or configuration export), and the key management settings.',
      },
    },
    {
      id: 'DM-03',
      title: 'Data kept only as long as the schedule says',
      statement:
        'Customer data, logs and backups are kept only for the periods in the retention schedule, enforced by automatic settings where a tool allows; the security owner checks every year that each system’s settings match the schedule.',
      criteria: ['C1.1', 'P4.2'],
      policyId: 'data-retention',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'manual', attach: 'The retention schedule and, for each production system, log store and backup, a dated export or screenshot of its retention setting.' },
    },
    {
      id: 'DM-04',
      title: 'Customer data deleted when a contract ends',
      statement:
        'When a customer contract ends, the customer’s data is deleted from production and from the tools it was copied into at the end of the retention period, and the deletion is recorded with what, where, when and by whom.',
      criteria: ['C1.2', 'P4.3'],
      policyId: 'data-retention',
      frequency: { kind: 'per-event', event: 'customer-exit' },
      evidence: {
        kind: 'manual',
        attach: 'For each customer contract that ended in the period (say so when none did): the deletion record (data, systems, date, who) and the confirmation sent to the customer where one was asked for.',
      },
    },
  ],
};
