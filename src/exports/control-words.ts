import type { ControlEvent, EvidenceSource, Frequency } from '../controls/control.ts';
import { policyTemplate } from '../policies/template-catalog.ts';
import { populationFile } from './population.ts';

const periods: Record<string, string> = { P1M: 'monthly', P3M: 'quarterly', P6M: 'every six months', P1Y: 'yearly' };

const events: Record<ControlEvent, string> = {
  hire: 'at each hire',
  leaver: 'at each leaver',
  'contract-end': 'when a contract ends',
  change: 'at each production change',
  'emergency-change': 'at each emergency change',
  incident: 'at each incident',
  'new-vendor': 'before each new vendor gets data',
  'vendor-exit': 'when a vendor relationship ends',
  'customer-exit': 'when a customer leaves',
  'device-disposal': 'at each device disposal',
  concern: 'at each concern reported',
  'significant-change': 'at each significant change',
  payment: 'at each payment',
};

/** "quarterly", "at each hire", "continuous". */
export function frequencyText(frequency: Frequency): string {
  if (frequency.kind === 'periodic') return periods[frequency.every] ?? `every ${frequency.every}`;
  if (frequency.kind === 'per-event') return events[frequency.event];
  return 'continuous';
}

/** Links in the package that point at its index's sections rather than at one file. */
export const POLICIES_SECTION = 'policies/';
export const ATTACHMENTS_SECTION = 'attachments/';

/** Where a control's evidence comes from, in words, and the files of the package that hold it. */
export function evidenceOf(source: EvidenceSource): { text: string; files: string[] } {
  const reviews = [populationFile('access-reviews'), populationFile('review-decisions')];
  switch (source.kind) {
    case 'policy-set':
      return { text: 'Every policy adopted, its version in force approved and published, and each yearly review on time.', files: [populationFile('policy-approvals'), populationFile('policy-reviews'), POLICIES_SECTION] };
    case 'policy-approved':
      return { text: `The ${policyTemplate(source.policyId).title}: its version in force approved and published, and its yearly review on time.`, files: [populationFile('policy-approvals'), populationFile('policy-reviews'), POLICIES_SECTION] };
    case 'acknowledgements':
      return { text: 'Each person’s acknowledgement of the version in force of every policy that applies to them.', files: [populationFile('acknowledgements')] };
    case 'onboardings':
      return { text: 'Each hire’s onboarding checklist, started before their first day, with who did each step and when.', files: [populationFile('hires')] };
    case 'offboardings':
      return { text: 'Each leaver’s offboarding checklist, with every access revoked by the end of the termination day.', files: [populationFile('leavers'), populationFile('occurrences')] };
    case 'checklist-item': {
      const which = source.key.endsWith(':') ? `The items made per system or asset (${source.key}…)` : `The item "${source.key}"`;
      const date = source.checklist === 'onboarding' ? 'start date' : 'termination date';
      return { text: `${which} of each ${source.checklist} checklist, dated against the ${date}.`, files: [populationFile(source.checklist === 'onboarding' ? 'hires' : 'leavers')] };
    }
    case 'access-reviews':
      return { text: 'Each in-scope system’s quarterly access review: the list before, a decision per account, the sign-off, and the list after.', files: reviews };
    case 'review-flag':
      return { text: `In each quarterly review, every account flagged ${source.flag.replaceAll('_', ' ')} revoked, changed, or kept with a reason.`, files: [populationFile('review-decisions')] };
    case 'review-remediation':
      return { text: 'Each revocation and change decided in a review, confirmed by the list taken after, or excepted with a reason.', files: [populationFile('review-decisions')] };
    case 'obligation':
      return { text: `The occurrences of the obligations "${source.idPrefix}…", each on time, late or missed.`, files: [populationFile('occurrences')] };
    case 'mfa-enforced':
      return { text: 'MFA required in Groundwork and on each in-scope system, and no account without it on the lists reviewed.', files: [populationFile('review-decisions')] };
    case 'systems-inventory':
      return { text: 'The systems inventory: each system’s owner, category, data class, scope, SSO and MFA, and the account lists imported for it.', files: [populationFile('systems')] };
    case 'people-directory':
      return { text: 'The people directory: each engagement’s role, department and manager, with its onboarding and offboarding.', files: [populationFile('people'), populationFile('hires')] };
    case 'assets':
      return { text: 'The asset inventory and who held each asset in the window; returns at offboarding are in the leavers.', files: [populationFile('assets'), populationFile('leavers')] };
    case 'evidence-log':
      return { text: 'The evidence log: every event hash-chained, with signed checkpoints; verify.mjs checks the window’s slice.', files: ['evidence/events.jsonl', 'verify.mjs'] };
    case 'manual':
      return { text: `Attached by hand: ${source.attach}`, files: [ATTACHMENTS_SECTION] };
  }
}
