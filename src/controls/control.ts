import type { AccountFlagId } from '../accounts/account-flags.ts';
import type { ChecklistKind } from '../people/checklist-template.ts';

/**
 * What the gap list puts first, in its order: the guide's day-one policies, then its three core
 * controls (documented policies, one checklist for joiners and leavers, quarterly access reviews).
 */
export const coreMarks = ['day-one-policy', 'documented-policies', 'onboarding-offboarding', 'access-reviews'] as const;
export type CoreMark = (typeof coreMarks)[number];

/** What sets off a per-event control: each is a population an auditor asks for in full, then samples. */
export type ControlEvent =
  | 'hire'
  | 'leaver'
  | 'contract-end'
  | 'change'
  | 'emergency-change'
  | 'incident'
  | 'new-vendor'
  | 'vendor-exit'
  | 'customer-exit'
  | 'device-disposal'
  | 'concern'
  | 'significant-change'
  | 'payment';

/** How often a control operates. */
export type Frequency =
  /** `every` is a cadence as the cadence engine takes it: P1M, P3M, P6M, P1Y. */
  | { kind: 'periodic'; every: string }
  | { kind: 'per-event'; event: ControlEvent }
  /** A setting or state that holds all the time (MFA required, an inventory kept). */
  | { kind: 'standing' };

/** The Groundwork records that prove a control operates, or, when it keeps none yet, what to attach. */
export type EvidenceSource =
  /** Every policy adopted, its version in force approved and published, each yearly review on time. */
  | { kind: 'policy-set' }
  /** One policy's version in force approved and published, and its yearly review on time. */
  | { kind: 'policy-approved'; policyId: string }
  /** Each person's acknowledgement of the version in force of every policy that applies to them. */
  | { kind: 'acknowledgements' }
  /** Each hire's onboarding checklist, started before their first day and complete. */
  | { kind: 'onboardings' }
  /** Each leaver's offboarding checklist, with all access revoked by its deadline. */
  | { kind: 'offboardings' }
  /**
   * One item on each checklist of that kind, dated against the start or end date: `key` names a
   * written item ("nda-signed"), or, ending in a colon, the items generated per system or asset
   * ("account:", "revoke:", "return:").
   */
  | { kind: 'checklist-item'; checklist: ChecklistKind; key: string }
  /** Each in-scope system's quarterly review: the list before, a decision per account, sign-off, the list after. */
  | { kind: 'access-reviews' }
  /** In each quarterly review, every account with this flag revoked, changed or kept with a reason. */
  | { kind: 'review-flag'; flag: AccountFlagId }
  /** Each revocation and change decided in a review, confirmed by the list after or excepted. */
  | { kind: 'review-remediation' }
  /** The occurrences of the obligations whose id starts with `idPrefix`, each on time or late. */
  | { kind: 'obligation'; idPrefix: string }
  /** MFA required in Groundwork and on each in-scope system, and no account without it on the latest lists. */
  | { kind: 'mfa-enforced' }
  /** The systems inventory: each system's owner, category, data class, scope, SSO and MFA. */
  | { kind: 'systems-inventory' }
  /** The people directory: each person's role, department and manager. */
  | { kind: 'people-directory' }
  /** The asset inventory and who holds each asset. */
  | { kind: 'assets' }
  /** The evidence log: hash-chained, with signed checkpoints. */
  | { kind: 'evidence-log' }
  /** Groundwork keeps no record of it yet: `attach` says what evidence to attach. */
  | { kind: 'manual'; attach: string };

/** One control of Groundwork's catalog, as an auditor reads it in the control matrix. */
export interface Control {
  /** The area's code, a dash and two digits ("AC-03"); stable, never reused for another control. */
  id: string;
  title: string;
  /** What the company does, in the words an auditor tests against. */
  statement: string;
  /** Trust Services Criteria ids the control supports, the main one first. */
  criteria: string[];
  /** The policy template the control carries out. */
  policyId: string;
  frequency: Frequency;
  evidence: EvidenceSource;
  core?: CoreMark;
}

/** The controls of one area; each control's id starts with the area's code. */
export interface ControlArea {
  code: string;
  name: string;
  controls: Control[];
}
