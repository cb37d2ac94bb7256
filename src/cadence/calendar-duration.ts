import { Temporal } from 'temporal-polyfill';
import { invalidInput } from '../errors.ts';

// Calendar units only, each at most once and in order: P1Y, P3M, P2W, P1M15D. No time part, no
// fractions, no sign. Bounded so that anchor + k × cadence stays a plain number of units.
const CALENDAR_DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;

/** A cadence: "P3M" for quarterly. Refuses time parts (PT1H) and zero durations. */
export function parseCadenceDuration(text: string, where: string): Temporal.Duration {
  const duration = parseCalendarDuration(text, where, 'a cadence');
  if (duration.blank) throw invalidInput(`${where} must be longer than zero, not "${text}"`, where);
  return duration;
}

/** A grace period: "P0D", "P5D", "P2W". Calendar months and years are refused: a grace is counted in days. */
export function parseGracePeriod(text: string, where: string): Temporal.Duration {
  const duration = parseCalendarDuration(text, where, 'a grace period');
  if (duration.years !== 0 || duration.months !== 0) {
    throw invalidInput(`${where} must be counted in weeks and days (P5D, P2W), not "${text}"`, where);
  }
  return duration;
}

/** `duration` k times over, unit by unit, so that P1M × 3 is P3M and not 90 days. */
export function timesDuration(duration: Temporal.Duration, k: number): Temporal.Duration {
  return Temporal.Duration.from({
    years: duration.years * k,
    months: duration.months * k,
    weeks: duration.weeks * k,
    days: duration.days * k,
  });
}

/** The duration as stored: ISO 8601 in calendar units, "P0D" for zero. */
export function formatCalendarDuration(duration: Temporal.Duration): string {
  return duration.blank ? 'P0D' : duration.toString();
}

function parseCalendarDuration(text: string, where: string, what: string): Temporal.Duration {
  const example = `${where} must be ${what} as an ISO 8601 duration in calendar units (P1Y, P3M, P2W, P10D)`;
  if (/^P.*T/i.test(text)) throw invalidInput(`${example}; "${text}" has a time part, which is not allowed`, where);
  const match = CALENDAR_DURATION.exec(text);
  if (!match || text === 'P') throw invalidInput(`${example}, not "${text}"`, where);
  const [, years, months, weeks, days] = match;
  return Temporal.Duration.from({
    years: Number(years ?? 0),
    months: Number(months ?? 0),
    weeks: Number(weeks ?? 0),
    days: Number(days ?? 0),
  });
}
