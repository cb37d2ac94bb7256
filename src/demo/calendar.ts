import { Temporal } from 'temporal-polyfill';

/** The last day of the quarter before the one holding `date`: 2026-11-26 → 2026-09-30. */
export function lastQuarterEnd(date: Temporal.PlainDate): Temporal.PlainDate {
  const quarterStartMonth = Math.floor((date.month - 1) / 3) * 3 + 1;
  return Temporal.PlainDate.from({ year: date.year, month: quarterStartMonth, day: 1 }).subtract({ days: 1 });
}

/** An instant on a local date at a local hour: when someone did the work. */
export function onLocalDate(date: Temporal.PlainDate, hour: number, timeZone: string): Date {
  return new Date(date.toZonedDateTime({ timeZone, plainTime: { hour } }).epochMilliseconds);
}
