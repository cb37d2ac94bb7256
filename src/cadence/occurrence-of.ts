import type { Temporal } from 'temporal-polyfill';
import { localDateOf } from '../time/local-date.ts';
import type { OccurrenceWindow } from './obligation-schedule.ts';
import type { Completion, Occurrence } from './obligation.ts';

/**
 * An occurrence with its status at `now`. A completion is on time when its effective instant is
 * before the due end; otherwise it is late by whole local days, however short the delay.
 */
export function occurrenceOf(
  obligationId: string,
  window: OccurrenceWindow,
  completion: Completion | undefined,
  now: Date,
  timeZone: string,
): Occurrence {
  const times = {
    obligationId,
    index: window.index,
    dueOn: window.dueOn.toString(),
    opensAt: window.opens.toISOString(),
    dueAt: window.dueEnd.toISOString(),
    graceEndsAt: window.graceEnd.toISOString(),
  };
  if (completion) {
    const effective = new Date(completion.effectiveAt);
    if (effective < window.dueEnd) return { ...times, status: 'on_time', completion };
    return { ...times, status: 'late', lateDays: daysAfter(window.dueOn, effective, timeZone), completion };
  }
  if (now < window.opens) return { ...times, status: 'upcoming', completion: null };
  if (now >= window.graceEnd) return { ...times, status: 'missed', completion: null };
  if (now < window.dueEnd) return { ...times, status: 'open', completion: null };
  return { ...times, status: 'open', overdueDays: daysAfter(window.dueOn, now, timeZone), completion: null };
}

/** Whole local days from the due date to the day `instant` falls on. */
function daysAfter(dueOn: Temporal.PlainDate, instant: Date, timeZone: string): number {
  return dueOn.until(localDateOf(instant, timeZone), { largestUnit: 'days' }).days;
}
