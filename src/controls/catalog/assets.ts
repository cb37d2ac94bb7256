import type { ControlArea } from '../control.ts';

/** Laptops, hardware keys and badges: who holds them, how they are secured, how they come back and go. */
export const assets: ControlArea = {
  code: 'AS',
  name: 'Devices and assets',
  controls: [
    {
      id: 'AS-01',
      title: 'Asset inventory kept',
      statement: 'Every company laptop, hardware key, phone and badge is in the asset inventory with the person who holds it; assets handed out at onboarding are recorded on the checklist.',
      criteria: ['CC6.1'],
      policyId: 'hr-security',
      frequency: { kind: 'standing' },
      evidence: { kind: 'assets' },
    },
    {
      id: 'AS-02',
      title: 'Assets returned when someone leaves',
      statement: 'Each asset a leaver holds is returned, or locked or wiped remotely, as a step of their offboarding checklist, and the inventory is updated.',
      criteria: ['CC6.4', 'CC6.5', 'CC6.7'],
      policyId: 'hr-security',
      frequency: { kind: 'per-event', event: 'leaver' },
      evidence: { kind: 'checklist-item', checklist: 'offboarding', key: 'return:' },
    },
    {
      id: 'AS-03',
      title: 'Work devices secured',
      statement:
        'Every laptop used for work, contractors’ own included, has full-disk encryption, a screen lock after at most five minutes, security updates turned on and the operating system’s anti-malware left on. This is checked when the device is first used for work and every quarter.',
      criteria: ['CC6.8', 'CC6.7', 'CC6.1'],
      policyId: 'acceptable-use',
      frequency: { kind: 'periodic', every: 'P3M' },
      evidence: {
        kind: 'manual',
        attach: 'For each laptop, each quarter: the device-management report or a dated screenshot showing disk encryption, screen lock, operating system version and anti-malware status.',
      },
    },
    {
      id: 'AS-04',
      title: 'Devices and media disposed of securely',
      statement:
        'Before a laptop or drive is reused, sold or recycled it is securely wiped, or destroyed with a certificate when it cannot be wiped. Each disposal is recorded with the device, date, method and who did it.',
      criteria: ['CC6.5', 'C1.2', 'P4.3'],
      policyId: 'data-retention',
      frequency: { kind: 'per-event', event: 'device-disposal' },
      evidence: {
        kind: 'manual',
        attach: 'The disposal record for each device disposed of in the period: asset tag, date, method (secure erase or destruction) and who did it, with the recycler’s certificate where one was issued.',
      },
    },
  ],
};
