import { policyTemplate } from '../policies/template-catalog.ts';
import type { Control } from '../controls/control.ts';
import type { Check, Type1Result } from './control-status.ts';
import { assetsInPlace, evidenceLogInPlace, inventoryInPlace, mfaInPlace, obligationsInPlace } from './inventory-checks.ts';
import { manualInPlace } from './manual-checks.ts';
import { type Moment, localDay, policyInForce } from './moment.ts';
import { checklistItemInPlace, directoryInPlace, offboardingsInPlace, onboardingsInPlace } from './people-checks.ts';
import { acknowledgementsInPlace, policiesInPlace } from './policy-checks.ts';
import type { ReadinessData } from './readiness-data.ts';
import { accessReviewsInPlace, flagReviewedInPlace, remediationInPlace, reviewsScheduled } from './review-checks.ts';

/** Designed: the policy the control carries out is approved and in force, and its work is scheduled where it recurs. */
function designed(data: ReadinessData, control: Control, at: Moment): Check {
  const inForce = policyInForce(data, control.policyId, at);
  if (!inForce) {
    const title = data.policies.find((p) => p.id === control.policyId)?.title ?? policyTemplate(control.policyId).title;
    return { ok: false, summary: `the policy it carries out, ${title}, is not approved and published`, next: `Adopt, approve and publish it (Policies, or groundwork policy adopt ${control.policyId}).` };
  }
  const policy = `${inForce.policy.title} v${inForce.version.version} in force since ${localDay(inForce.version.publishedAt, data.timeZone)}`;
  if (control.evidence.kind === 'access-reviews') {
    const scheduled = reviewsScheduled(data, at);
    return scheduled.ok ? { ok: true, summary: `${policy}; ${scheduled.summary}` } : scheduled;
  }
  return { ok: true, summary: policy };
}

/** In place: the evidence the control leaves exists at `at`, read from Groundwork's own records. */
export function inPlace(data: ReadinessData, control: Control, at: Moment): Check {
  const evidence = control.evidence;
  switch (evidence.kind) {
    case 'policy-set':
      return policiesInPlace(data, 'all', at);
    case 'policy-approved':
      return policiesInPlace(data, [evidence.policyId], at);
    case 'acknowledgements':
      return acknowledgementsInPlace(data, at);
    case 'onboardings':
      return onboardingsInPlace(data, at);
    case 'offboardings':
      return offboardingsInPlace(data, at);
    case 'checklist-item':
      return checklistItemInPlace(data, evidence.checklist, evidence.key, at);
    case 'access-reviews':
      return accessReviewsInPlace(data, at);
    case 'review-flag':
      return flagReviewedInPlace(data, evidence.flag, at);
    case 'review-remediation':
      return remediationInPlace(data, at);
    case 'obligation':
      return obligationsInPlace(data, evidence.idPrefix, at);
    case 'mfa-enforced':
      return mfaInPlace(data, at);
    case 'systems-inventory':
      return inventoryInPlace(data, at);
    case 'people-directory':
      return directoryInPlace(data, at);
    case 'assets':
      return assetsInPlace(data, at);
    case 'evidence-log':
      return evidenceLogInPlace(data, at);
    case 'manual':
      return manualInPlace(data, control, evidence.attach, at);
  }
}

export function evaluateType1(data: ReadinessData, control: Control, at: Moment): Type1Result {
  const design = designed(data, control, at);
  const place = inPlace(data, control, at);
  return { control, designed: design, inPlace: place, ready: design.ok && place.ok };
}
