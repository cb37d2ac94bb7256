import { Temporal } from 'temporal-polyfill';

/** An instant on a local date at a local hour: when someone did the work. */
export function onLocalDate(date: Temporal.PlainDate, hour: number, timeZone: string): Date {
  return new Date(date.toZonedDateTime({ timeZone, plainTime: { hour } }).epochMilliseconds);
}
