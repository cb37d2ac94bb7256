import type { ControlArea } from '../control.ts';

/** Choosing, checking and leaving the companies that hold data or run parts of the service. */
export const vendors: ControlArea = {
  code: 'VM',
  name: 'Vendors',
  controls: [
    {
      id: 'VM-01',
      title: 'Vendor inventory with risk tiers',
      statement:
        'One vendor inventory records each vendor’s service, the data it gets, its risk tier, owner, contract and last review date. Every year it is compared with card and invoice spending and with the apps connected to company accounts, and anything missing is added.',
      criteria: ['CC9.2', 'CC3.2'],
      policyId: 'vendor-management',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: { kind: 'manual', attach: 'The vendor inventory export, and the dated yearly comparison with spending and connected apps.' },
    },
    {
      id: 'VM-02',
      title: 'New vendors checked before they get data',
      statement:
        'Before a new vendor gets company or customer data, its owner records a risk check and tier; the security of high and medium vendors is checked (SOC 2 report, ISO 27001 certificate or questionnaire); the contract covers confidentiality, security and breach notice, with a data processing agreement for personal data; and the security owner approves it.',
      criteria: ['CC9.2', 'CC3.4', 'P6.4', 'P6.5'],
      policyId: 'vendor-management',
      frequency: { kind: 'per-event', event: 'new-vendor' },
      evidence: { kind: 'manual', attach: 'For each new vendor in the period: the risk check, the security review, the contract terms or data processing agreement, and the approval, each dated before data was shared.' },
    },
    {
      id: 'VM-03',
      title: 'Critical vendors reviewed every year',
      statement:
        'Every year the owner of each high-risk vendor reads its latest SOC 2 report (period, opinion, exceptions, the vendors it relies on and the controls it expects the company to run) and asks for a bridge letter for any gap; medium and low-risk vendors are confirmed still needed. Physical security of the data centres is the hosting provider’s, relied on through its report.',
      // CC6.4: a cloud-only company has no server rooms; physical access is carved out to the hosting provider.
      criteria: ['CC9.2', 'CC4.1', 'CC6.4'],
      policyId: 'vendor-management',
      frequency: { kind: 'periodic', every: 'P1Y' },
      evidence: {
        kind: 'manual',
        attach: 'The yearly review record per vendor; for high-risk vendors, the SOC 2 report reviewed with its period and opinion, the exceptions and how they were assessed, and how each complementary user entity control is met.',
      },
    },
    {
      id: 'VM-04',
      title: 'Vendors offboarded',
      statement:
        'When the company stops using a vendor, its accounts, integrations, keys and app permissions are removed, the vendor is asked to delete or return the company’s data, and its confirmation is kept.',
      criteria: ['CC9.2', 'C1.2'],
      policyId: 'vendor-management',
      frequency: { kind: 'per-event', event: 'vendor-exit' },
      evidence: { kind: 'manual', attach: 'For each vendor dropped in the period: the removal of its accounts and integrations, the deletion or return confirmation, and the inventory update.' },
    },
  ],
};
