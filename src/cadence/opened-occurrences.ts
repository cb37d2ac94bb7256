import { localDateOf } from '../time/local-date.ts';
import type { LoadedObligation } from './load-obligations.ts';
import { obligationSchedule } from './obligation-schedule.ts';
import type { Occurrence } from './obligation.ts';
import { occurrenceOf } from './occurrence-of.ts';

/**
 * Every occurrence that has opened by `now`, oldest first, and the next one to open (if any).
 * Bounded by `now`: the history from the anchor, never beyond the current occurrence.
 */
export function openedOccurrences(
  { obligation, completions }: LoadedObligation,
  now: Date,
  timeZone: string,
): { opened: Occurrence[]; next: Occurrence | undefined } {
  const schedule = obligationSchedule(obligation, timeZone);
  const last = schedule.lastOpenedBy(localDateOf(now, timeZone));
  const occurrenceAt = (k: number) => {
    const window = schedule.window(k);
    return occurrenceOf(obligation.id, window, completions.get(window.dueOn.toString()), now, timeZone);
  };
  const opened: Occurrence[] = [];
  for (let k = 1; k <= last && schedule.dueOn(k) !== undefined; k++) opened.push(occurrenceAt(k));
  return { opened, next: schedule.dueOn(last + 1) === undefined ? undefined : occurrenceAt(last + 1) };
}
