import type { ControlArea } from '../control.ts';

// No shipped policy is about monitoring or vulnerabilities. Each control names the policy whose
// text comes closest: the Acceptable Use Policy says activity is logged and the logs reviewed; the
// Change Management Policy is how fixes reach production.

/** Watching for security events and known vulnerabilities. */
export const monitoring: ControlArea = {
  code: 'MN',
  name: 'Monitoring and vulnerabilities',
  controls: [
    {
      id: 'MN-01',
      title: 'Security events logged and alerted on',
      statement:
        'Audit logs from the cloud provider, the identity provider, the code host and the application are collected in one place and kept for the retention period. Alerts on suspicious activity (sign-ins from new places, privilege changes, logging turned off) go to the security owner, who triages each one and opens an incident when needed.',
      criteria: ['CC7.2', 'CC7.3'],
      policyId: 'acceptable-use',
      frequency: { kind: 'standing' },
      evidence: { kind: 'manual', attach: 'The logging configuration (sources and retention), the alert rules, and the alerts raised in the period with how each was triaged.' },
    },
    {
      id: 'MN-02',
      title: 'Vulnerabilities found and fixed',
      statement:
        'Dependencies and cloud configuration are scanned automatically for known vulnerabilities. Every month the security owner goes through the open findings, and each is fixed within a deadline set by its severity, through an ordinary or emergency change.',
      criteria: ['CC7.1', 'CC4.1', 'CC3.2'],
      policyId: 'change-management',
      frequency: { kind: 'periodic', every: 'P1M' },
      evidence: { kind: 'manual', attach: 'The scanners’ settings and each month’s report of open findings with their severity, age and fix date.' },
    },
  ],
};
