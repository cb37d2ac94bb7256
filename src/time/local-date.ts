import { Temporal } from 'temporal-polyfill';
import { invalidInput } from '../errors.ts';

/** A YYYY-MM-DD calendar date, checked; `where` names the field in the error. */
export function parseLocalDate(value: string, where: string): Temporal.PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalidInput(`"${value}" is not a date in the form YYYY-MM-DD`, where);
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw invalidInput(`${value} is not a calendar date`, where);
  }
}

/** The instant a local calendar day starts in a time zone (not always midnight on a DST day). */
export function startOfLocalDay(date: Temporal.PlainDate, timeZone: string): Date {
  return new Date(date.toZonedDateTime({ timeZone }).epochMilliseconds);
}

/** The local calendar date of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
}

export function isTimeZone(name: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(name);
    return true;
  } catch {
    return false;
  }
}
