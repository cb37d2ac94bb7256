import type { ControlArea } from '../control.ts';

/** Hiring, onboarding, training and conduct. */
export const people: ControlArea = {
  code: 'HR',
  name: 'People',
  controls: [
    {
      id: 'HR-01',
      title: 'Everyone onboarded from one checklist',
      statement:
        'Everyone who gets access, employees, contractors, freelancers, interns and short-term help alike, is onboarded from the same written checklist, started before their first day. Each step records who did it and when, and someone who comes back is onboarded again from the start.',
      criteria: ['CC6.2', 'CC1.4', 'CC5.3'],
      policyId: 'hr-security',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'onboardings' },
      core: 'onboarding-offboarding',
    },
    {
      id: 'HR-02',
      title: 'Background check before access',
      statement:
        'Before access starts, each person’s identity and right to work are checked, and people who will get admin or production access, customer data or money also get a background check sized to the role, as far as local law allows. A check not done in time needs the CEO’s written approval.',
      criteria: ['CC1.4', 'CC1.1'],
      policyId: 'hr-security',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'background-check' },
    },
    {
      id: 'HR-03',
      title: 'NDA signed before access',
      statement: 'Each person signs a confidentiality agreement (NDA), and a contract or offer, before any access is given.',
      criteria: ['CC1.1', 'CC2.2', 'C1.1'],
      policyId: 'hr-security',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'nda-signed' },
    },
    {
      id: 'HR-04',
      title: 'Policies acknowledged before access',
      statement: 'Each new person acknowledges the policies that apply to them before their accounts are used.',
      criteria: ['CC1.1', 'CC2.2', 'CC5.3'],
      policyId: 'hr-security',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'policies-acknowledged' },
    },
    {
      id: 'HR-05',
      title: 'Security orientation on day one',
      statement:
        'On their first day, before their accounts are used, each new person reads and acknowledges the one-page security orientation: credentials, customer data, devices and how to report a problem.',
      criteria: ['CC2.2', 'CC1.4'],
      policyId: 'security-awareness-training',
      frequency: { kind: 'per-event', event: 'hire' },
      evidence: { kind: 'checklist-item', checklist: 'onboarding', key: 'security-orientation' },
    },
    {
      id: 'HR-06',
      title: 'Security training at joining and every year',
      statement:
        'Everyone completes security awareness training within 30 days of joining and again every year. Each completion is recorded with the date and the version of the material; anyone more than 30 days late is raised with their manager and has their access suspended until they complete it.',
      criteria: ['CC2.2', 'CC1.4', 'CC1.5'],
      policyId: 'security-awareness-training',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: {
        kind: 'manual',
        attach: 'The training completion report: each active person with the date and material version of their last completion, new people’s completions against their start dates, and the reminders and escalations for anyone late.',
      },
    },
    {
      id: 'HR-07',
      title: 'Concerns raised and breaches handled',
      statement:
        'Anyone can raise a concern about conduct, the law or the policies, anonymously if they wish and without retaliation. Each report is acknowledged within five business days, looked into and recorded, and breaches go through one disciplinary process applied alike at every level.',
      criteria: ['CC1.1', 'CC1.5', 'CC2.2'],
      policyId: 'code-of-conduct',
      frequency: { kind: 'per-event', event: 'concern' },
      evidence: {
        kind: 'manual',
        attach: 'The log of concerns and disciplinary cases for the period (say so when there were none): date received, date acknowledged, what was done and when it closed.',
      },
    },
  ],
};
