import { Temporal } from 'temporal-polyfill';
import { startOfLocalDay } from '../time/local-date.ts';
import { parseCadenceDuration, parseGracePeriod, timesDuration } from './calendar-duration.ts';
import type { Obligation } from './obligation.ts';

/** The times of occurrence k. */
export interface OccurrenceWindow {
  index: number;
  dueOn: Temporal.PlainDate;
  /** Start of the day after the previous due date. */
  opens: Date;
  /** End of the due date: the start of the next local day (23 or 25 hours after its start on a DST change). */
  dueEnd: Date;
  /** End of the due date plus the grace period. */
  graceEnd: Date;
}

/**
 * The due dates of one obligation, computed on demand. Every lookup is bounded: indices are found
 * by searching the cadence (due dates only grow with k), never by walking from the anchor.
 */
export interface ObligationSchedule {
  /** due(k); undefined past the listed dates, past the retirement date, or past the calendar's end. */
  dueOn(k: number): Temporal.PlainDate | undefined;
  window(k: number): OccurrenceWindow;
  /** The first and last k whose due date lies in [from, to]; empty when last < first. */
  indicesBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): { first: number; last: number };
  /** The last k that has opened by `today` (its previous due date is earlier than today); 0 when none. */
  lastOpenedBy(today: Temporal.PlainDate): number;
}

export function obligationSchedule(obligation: Obligation, timeZone: string): ObligationSchedule {
  const anchor = Temporal.PlainDate.from(obligation.anchorOn);
  const grace = parseGracePeriod(obligation.grace, 'grace');
  const retiredOn = obligation.retiredOn === null ? undefined : Temporal.PlainDate.from(obligation.retiredOn);
  const { cadence } = obligation;
  const listed = 'dates' in cadence ? cadence.dates.map((d) => Temporal.PlainDate.from(d)) : undefined;
  const every = 'every' in cadence ? parseCadenceDuration(cadence.every, 'cadence.every') : undefined;

  // An anchor on a month's last day, with a cadence of whole months or years, keeps to month
  // ends: 30 September + P3M is 31 December, as a quarter's end should be.
  const monthEnds = every !== undefined && every.weeks === 0 && every.days === 0 && anchor.day === anchor.daysInMonth;

  // due(k) before retirement is applied. Computed from the anchor each time, never by repeated
  // addition, so month ends do not drift: 31 Dec + 2 × P3M is 30 June, + 3 × P3M is 30 September.
  function rawDueOn(k: number): Temporal.PlainDate | undefined {
    if (k === 0) return anchor;
    if (every === undefined) return listed?.[k - 1];
    try {
      const due = anchor.add(timesDuration(every, k));
      return monthEnds ? due.with({ day: due.daysInMonth }) : due;
    } catch {
      return undefined; // beyond the last representable date
    }
  }

  // The smallest k ≥ 1 with due(k) ≥ date (undefined due dates count as later than any date).
  function firstIndexOnOrAfter(date: Temporal.PlainDate): number {
    const reaches = (k: number) => {
      const due = rawDueOn(k);
      return due === undefined || Temporal.PlainDate.compare(due, date) >= 0;
    };
    if (listed) {
      const found = listed.findIndex((d) => Temporal.PlainDate.compare(d, date) >= 0);
      return found === -1 ? listed.length + 1 : found + 1;
    }
    let low = 0;
    let high = 1;
    while (!reaches(high)) {
      low = high;
      high *= 2;
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (reaches(middle)) high = middle;
      else low = middle;
    }
    return high;
  }

  function dueOn(k: number): Temporal.PlainDate | undefined {
    if (!Number.isInteger(k) || k < 1) return undefined;
    const due = rawDueOn(k);
    if (due === undefined || (retiredOn && Temporal.PlainDate.compare(due, retiredOn) > 0)) return undefined;
    return due;
  }

  return {
    dueOn,
    window(k) {
      const due = dueOn(k);
      const previous = rawDueOn(k - 1);
      if (due === undefined || previous === undefined) throw new RangeError(`obligation ${obligation.id} has no occurrence ${k}`);
      return {
        index: k,
        dueOn: due,
        opens: startOfLocalDay(previous.add({ days: 1 }), timeZone),
        dueEnd: startOfLocalDay(due.add({ days: 1 }), timeZone),
        graceEnd: startOfLocalDay(due.add(grace).add({ days: 1 }), timeZone),
      };
    },
    indicesBetween(from, to) {
      const until = retiredOn && Temporal.PlainDate.compare(retiredOn, to) < 0 ? retiredOn : to;
      const first = firstIndexOnOrAfter(from);
      const last = firstIndexOnOrAfter(until.add({ days: 1 })) - 1;
      return { first, last: Math.min(last, lastIndex()) };
    },
    lastOpenedBy(today) {
      if (Temporal.PlainDate.compare(anchor, today) >= 0) return 0;
      // Occurrence k has opened when due(k - 1) < today: every k up to the first due on or after today.
      return Math.min(firstIndexOnOrAfter(today), lastIndex());
    },
  };

  // The last k that exists at all, when the list or the retirement ends the schedule.
  function lastIndex(): number {
    if (retiredOn) return firstIndexOnOrAfter(retiredOn.add({ days: 1 })) - 1;
    if (listed) return listed.length;
    return Number.MAX_SAFE_INTEGER;
  }
}
