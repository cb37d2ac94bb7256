import type { ControlArea } from '../control.ts';

/** Keeping the service up and getting it back. */
export const continuity: ControlArea = {
  code: 'BC',
  name: 'Business continuity and recovery',
  controls: [
    {
      id: 'BC-01',
      title: 'Backups run and watched',
      statement:
        'Production data is backed up automatically at least once a day, encrypted, into a separate account or region, and kept for the retention period. A failed backup alerts the system owner, who fixes it within one business day and records what happened.',
      criteria: ['A1.2', 'CC9.1'],
      policyId: 'business-continuity',
      frequency: { kind: 'standing' },
      evidence: { kind: 'manual', attach: 'The backup schedule, retention and location settings of each production data store, and the backup failure alerts of the period with how each was resolved.' },
    },
    {
      id: 'BC-02',
      title: 'Restores tested twice a year',
      statement:
        'At least twice a year a real backup is restored into a non-production environment and its data checked for completeness, recording the date, the backup used and the time taken against the recovery targets.',
      criteria: ['A1.3', 'A1.2', 'CC7.5'],
      policyId: 'business-continuity',
      frequency: { kind: 'periodic', every: 'P6M' },
      evidence: { kind: 'manual', attach: 'Each restore test record: date, backup used, where it was restored, time taken against the recovery time target, the data check and who ran it.' },
    },
    {
      id: 'BC-03',
      title: 'Recovery exercised every year',
      statement:
        'The security owner keeps the list of critical systems with their owners and recovery time and recovery point targets. Every year the people who would handle a disaster walk through a realistic scenario, compare the outcome with the targets, and update the plan with the action items found.',
      criteria: ['CC9.1', 'A1.3', 'CC7.5'],
      policyId: 'business-continuity',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'manual', attach: 'The critical systems list with recovery targets, and the exercise report: scenario, participants, recovery time and data loss against the targets, action items and the plan changes that followed.' },
    },
    {
      id: 'BC-04',
      title: 'Availability and capacity monitored',
      statement:
        'The production service’s uptime, errors and resource use (compute, storage, database) are monitored against thresholds that alert an engineer, and capacity is added before the limits are reached.',
      // No capacity policy ships; keeping the service available is the Business Continuity Policy's aim.
      criteria: ['A1.1', 'CC7.2'],
      policyId: 'business-continuity',
      frequency: { kind: 'standing' },
      evidence: { kind: 'manual', attach: 'The monitoring thresholds and alert rules, the uptime record for the period, and the capacity alerts and scaling changes with their dates.' },
    },
  ],
};
