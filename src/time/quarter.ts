import { Temporal } from 'temporal-polyfill';

/** The last day of the quarter before the one holding `date`: 2026-11-26 → 2026-09-30. */
export function lastQuarterEnd(date: Temporal.PlainDate): Temporal.PlainDate {
  const quarterStartMonth = Math.floor((date.month - 1) / 3) * 3 + 1;
  return Temporal.PlainDate.from({ year: date.year, month: quarterStartMonth, day: 1 }).subtract({ days: 1 });
}

/** The calendar quarter holding `date`: "2026-Q4", ending 2026-12-31. */
export function quarterOf(date: Temporal.PlainDate): { label: string; endsOn: Temporal.PlainDate } {
  const endsOn = lastQuarterEnd(date).add({ months: 3 });
  return { label: `${date.year}-Q${Math.ceil(date.month / 3)}`, endsOn: endsOn.with({ day: endsOn.daysInMonth }) };
}
