import type { ControlArea } from '../control.ts';

/** Reporting, handling and rehearsing security incidents. */
export const incidents: ControlArea = {
  code: 'IR',
  name: 'Incident response',
  controls: [
    {
      id: 'IR-01',
      title: 'Incidents handled under the plan',
      statement:
        'Every security incident is recorded with when it was detected, its severity, each decision and action with its time, containment, root cause and closure. Affected customers are told without undue delay and within contractual and legal deadlines. Critical and high incidents get a blameless review within two weeks, with action items tracked to closure.',
      criteria: ['CC7.3', 'CC7.4', 'CC7.5', 'CC2.3', 'P6.3', 'P6.6'],
      policyId: 'incident-response',
      frequency: { kind: 'per-event', event: 'incident' },
      evidence: {
        kind: 'manual',
        attach: 'The incident log for the period (say so when it is empty) and, for each incident, its record, the notices sent to customers, and the post-incident review with its action items.',
      },
    },
    {
      id: 'IR-02',
      title: 'Incident response rehearsed every year',
      statement:
        'Every year the security owner runs a tabletop exercise on a realistic scenario with the people who would respond, records the gaps found with action items and owners, and updates the plan.',
      criteria: ['CC7.4', 'CC7.5', 'CC7.3', 'CC4.2'],
      policyId: 'incident-response',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: {
        kind: 'manual',
        attach: 'The exercise report: date, participants, scenario, the timeline of decisions, gaps found, action items with owners and their closure, and the plan version that followed.',
      },
    },
    {
      id: 'IR-03',
      title: 'Everyone knows how to report a problem',
      statement:
        'How to report a security problem is stated in the policies, the security orientation and the training for staff, and on a customer-facing page or in the terms for customers.',
      criteria: ['CC2.2', 'CC2.3'],
      policyId: 'incident-response',
      frequency: { kind: 'standing' },
      evidence: { kind: 'manual', attach: 'The published reporting contact: where the policies and orientation give it, and the customer-facing page or terms that give it.' },
    },
  ],
};
