import { Temporal } from 'temporal-polyfill';
import { createObligation } from '../cadence/create-obligation.ts';
import { loadObligation } from '../cadence/load-obligations.ts';
import { retireObligation } from '../cadence/retire-obligation.ts';
import type { Context } from '../context.ts';

/** How long before a contract's end date its offboarding shows as due, as the reminder to prepare it. */
export const CONTRACT_END_NOTICE_DAYS = 14;

/**
 * Schedules the offboarding of a time-bounded engagement on its end date in the cadence engine:
 * it opens two weeks before, and is late from the day after, whatever else the calendar says.
 */
export async function scheduleEngagementEnd(tx: Context, engagement: { id: string; startOn: string; endOn: string }, name: string): Promise<string> {
  const end = Temporal.PlainDate.from(engagement.endOn);
  const notice = end.subtract({ days: CONTRACT_END_NOTICE_DAYS });
  const start = Temporal.PlainDate.from(engagement.startOn).subtract({ days: 1 });
  const anchorOn = Temporal.PlainDate.compare(notice, start) < 0 ? start : notice;
  // An end date moved away and back again is scheduled anew; the retired obligation keeps its history.
  const id = `engagement-end:${engagement.id}:${engagement.endOn}`;
  const earlier = await tx.db.selectFrom('obligations').select('id').where((eb) => eb.or([eb('id', '=', id), eb('id', 'like', `${id}:%`)])).execute();
  const obligation = await createObligation(tx, {
    id: earlier.length === 0 ? id : `${id}:${earlier.length + 1}`,
    title: `Offboard ${name}: the engagement ends on ${engagement.endOn}`,
    owner: 'admin',
    subject: { type: 'engagement', id: engagement.id },
    cadence: { dates: [engagement.endOn] },
    anchorOn: anchorOn.toString(),
    // Still open, and overdue by N days, for a month after the end date before it counts as missed.
    grace: 'P30D',
  });
  return obligation.id;
}

/** Stops an end-date obligation from `on` (a local date): the end date moved, or the engagement ended earlier. */
export async function stopEngagementEnd(tx: Context, obligationId: string, on: Temporal.PlainDate): Promise<void> {
  const { obligation } = await loadObligation(tx, obligationId);
  if (obligation.retiredOn !== null) return;
  const anchor = Temporal.PlainDate.from(obligation.anchorOn);
  await retireObligation(tx, { obligationId, retiredOn: (Temporal.PlainDate.compare(on, anchor) < 0 ? anchor : on).toString() });
}
