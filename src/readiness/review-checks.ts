import { type AccountFlagId, flagBit } from '../accounts/account-flags.ts';
import type { Context } from '../context.ts';
import { remediationCounts, remediationOf } from '../reviews/remediation.ts';
import type { Check, OperationItem } from './control-status.ts';
import { type Moment, localDay, occurrencesAt, overdueAt, plural } from './moment.ts';
import { occurrenceItem } from './operation-items.ts';
import type { ReadinessData } from './readiness-data.ts';

const reviewObligationId = (systemId: string) => `access-review:${systemId}`;

/** In-scope systems in the inventory at `at`. */
export function inScopeSystems(data: ReadinessData, at: Moment): ReadinessData['systems'] {
  return data.systems.filter((s) => s.inScope && s.createdAt < at.iso && !(s.retiredAt && s.retiredAt < at.iso));
}

/** Every in-scope system has its quarterly review scheduled in the cadence engine. */
export function reviewsScheduled(data: ReadinessData, at: Moment): Check {
  const systems = inScopeSystems(data, at);
  if (systems.length === 0) return { ok: false, summary: 'no system is in scope', next: 'List the systems that hold customer or business-critical data and mark them in scope (Systems → Add).' };
  const unscheduled = systems.filter((s) => !data.obligations.get(reviewObligationId(s.id)));
  if (unscheduled.length) return { ok: false, summary: `no quarterly review scheduled for ${unscheduled.map((s) => s.name).join(', ')}`, next: 'Mark the systems in scope again to schedule their reviews (Systems → the system).' };
  return { ok: true, summary: `quarterly reviews scheduled for all ${plural(systems.length, 'in-scope system')}` };
}

/** Each in-scope system reviewed, nothing overdue, and at least one review signed off. */
export function accessReviewsInPlace(data: ReadinessData, at: Moment): Check {
  const systems = inScopeSystems(data, at);
  const overdue = systems.flatMap((s) => {
    const loaded = data.obligations.get(reviewObligationId(s.id));
    const late = loaded ? overdueAt(loaded, at, data.timeZone) : [];
    return late.length ? [`${s.name} (due ${late.at(-1)!.dueOn})`] : [];
  });
  const signedOff = data.reviews.flatMap((r) => r.systems.filter((s) => s.signedOffAt && s.signedOffAt < at.iso));
  if (overdue.length) return { ok: false, summary: `access review overdue for ${overdue.join(', ')}`, next: 'Start this quarter’s access review for the systems named (Access reviews → Start).' };
  if (signedOff.length === 0) return { ok: false, summary: 'no access review signed off yet', next: 'Import each in-scope system’s account list and run the first access review (Access reviews → Start).' };
  const last = signedOff.map((s) => s.signedOffAt!).sort().at(-1)!;
  return { ok: true, summary: `every in-scope system reviewed on schedule; last sign-off ${localDay(last, data.timeZone)}` };
}

export function accessReviewItems(data: ReadinessData, from: string, to: string, now: Date): OperationItem[] {
  return data.systems.flatMap((system) => {
    const loaded = data.obligations.get(reviewObligationId(system.id));
    return loaded ? occurrencesAt(loaded, from, to, now, data.timeZone).flatMap((o) => occurrenceItem(o, `${system.name}: quarterly access review`)) : [];
  });
}

/** The newest review closed by `at`. */
function lastClosed(data: ReadinessData, at: Moment) {
  return data.reviews.filter((r) => r.closedAt && r.closedAt < at.iso).at(-1);
}

/** In the newest closed review, every account with the flag was decided, a kept one with its reason. */
export function flagReviewedInPlace(data: ReadinessData, flag: AccountFlagId, at: Moment): Check {
  const review = lastClosed(data, at);
  if (!review) return { ok: false, summary: 'no access review closed yet', next: 'Run an access review through to its close (Access reviews).' };
  const rows = data.reviewCounts.filter((c) => c.reviewId === review.id && (c.flagMask & flagBit(flag)) !== 0);
  const total = rows.reduce((n, c) => n + c.n, 0);
  const revoked = rows.filter((c) => c.decision !== 'keep').reduce((n, c) => n + c.n, 0);
  return { ok: true, summary: `${review.quarter}: ${plural(total, `account flagged ${flag}`, `accounts flagged ${flag}`)}, each decided (${revoked} revoked or changed, ${total - revoked} kept with a reason)` };
}

/** Per system of each review signed off in the window: every flagged account decided, each kept one with a reason. */
export function flagReviewItems(data: ReadinessData, flag: AccountFlagId, from: string, to: string): OperationItem[] {
  const names = new Map(data.systems.map((s) => [s.id, s.name]));
  return data.reviews.flatMap((review) =>
    review.systems.flatMap((system): OperationItem[] => {
      if (!system.signedOffAt) return [];
      const date = localDay(system.signedOffAt, data.timeZone);
      if (date < from || date > to) return [];
      const rows = data.reviewCounts.filter((c) => c.reviewId === review.id && c.systemId === system.systemId && (c.flagMask & flagBit(flag)) !== 0);
      const total = rows.reduce((n, c) => n + c.n, 0);
      if (total === 0) return [];
      const unexplained = rows.filter((c) => c.decision === null || (c.decision === 'keep' && !c.withReason)).reduce((n, c) => n + c.n, 0);
      const kept = rows.filter((c) => c.decision === 'keep').reduce((n, c) => n + c.n, 0);
      const base = { ref: `${review.id}/${system.systemId}/${flag}`, date, label: `${names.get(system.systemId) ?? system.systemId}, ${review.quarter}: ${plural(total, 'account')} flagged ${flag}`, exception: null };
      return [unexplained ? { ...base, result: 'failed', detail: `${unexplained} undecided or kept without a reason` } : { ...base, result: 'ok', detail: `${total - kept} revoked or changed, ${kept} kept with a reason` }];
    }),
  );
}

export function remediationInPlace(data: ReadinessData, at: Moment): Check {
  const review = lastClosed(data, at);
  if (!review) return { ok: false, summary: 'no access review closed yet', next: 'Run an access review through to its close: the list after must confirm each revocation (Access reviews).' };
  return { ok: true, summary: `${review.quarter} closed ${localDay(review.closedAt!, data.timeZone)}: each revocation and change confirmed by the list after, or excepted with a reason` };
}

/** Per system of each review signed off in the window: its revocations and changes confirmed or excepted. */
export async function remediationItems(ctx: Context, data: ReadinessData, from: string, to: string): Promise<OperationItem[]> {
  const names = new Map(data.systems.map((s) => [s.id, s.name]));
  const items: OperationItem[] = [];
  for (const review of data.reviews) {
    for (const system of review.systems) {
      const date = system.signedOffAt ? localDay(system.signedOffAt, data.timeZone) : null;
      if (!date || date < from || date > to) continue;
      // A system is signed off only once every account is decided.
      const { after, items: remediation } = await remediationOf(ctx, { reviewId: review.id, systemId: system.systemId, allDecided: true });
      if (remediation.length === 0) continue;
      const { confirmed, excepted, open } = remediationCounts(remediation);
      items.push({
        ref: `${review.id}/${system.systemId}`,
        date,
        label: `${names.get(system.systemId) ?? system.systemId}, ${review.quarter}: ${plural(remediation.length, 'revocation or change', 'revocations and changes')}`,
        result: open ? 'failed' : 'ok',
        detail: `${confirmed} confirmed by the list after${after ? ` (#${after.number})` : ''}, ${excepted} excepted with a reason${open ? `, ${open} open` : ''}`,
        exception: null,
      });
    }
  }
  return items;
}
