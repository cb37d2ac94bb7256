import type { ControlArea } from '../control.ts';

/** Finding, scoring and treating risks. */
export const risk: ControlArea = {
  code: 'RM',
  name: 'Risk management',
  controls: [
    {
      id: 'RM-01',
      title: 'Risks assessed every year',
      statement:
        'Every year leadership reviews the risk register: each risk with what it affects, its likelihood and impact, an owner, the treatment chosen, the controls that carry it out and the score left after them. The review covers outside threats, vendors, change and fraud (how someone could steal money or data or hide a mistake), and leadership signs off the result.',
      criteria: ['CC3.1', 'CC3.2', 'CC3.3', 'CC5.1', 'CC9.1'],
      policyId: 'risk-management',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'manual', attach: 'The dated risk register after the yearly review with leadership’s sign-off, including the fraud scenarios considered and each risk’s treatment, owner and linked controls.' },
    },
    {
      id: 'RM-02',
      title: 'Risks reassessed after a significant change',
      statement:
        'Within 30 days of a trigger (a serious incident, a new product or major system, a new critical vendor, a new law or customer requirement, or a big change in the team) the security owner reassesses the risks it affects.',
      criteria: ['CC3.4', 'CC3.2'],
      policyId: 'risk-management',
      frequency: { kind: 'per-event', event: 'significant-change' },
      evidence: { kind: 'manual', attach: 'For each trigger in the period (say so when there were none): what happened, the date, and the reassessment recorded in the risk register within 30 days.' },
    },
    {
      id: 'RM-03',
      title: 'Payments and bank details confirmed by a second person',
      statement: 'A payment, and any change to a payee’s bank details, is confirmed through a second person or a known phone number, never only by email.',
      criteria: ['CC3.3', 'CC5.1'],
      policyId: 'risk-management',
      frequency: { kind: 'per-event', event: 'payment' },
      evidence: { kind: 'manual', attach: 'The list of payments and bank detail changes in the period, each with the second person’s confirmation and its date.' },
    },
  ],
};
