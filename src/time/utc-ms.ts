/**
 * Date.parse(text) for the two ways nearly every export and Groundwork itself write a time,
 * 2026-06-30T14:00:00Z and 2026-06-30T14:00:00.000Z (T and Z in either case), read digit by digit,
 * several times faster; NaN for any other text, and for a date or time that is not on the calendar
 * (30 February, 24:00) or before the year 100, which the caller reads the slow way. An import
 * reads millions of them.
 */
export function utcMs(text: string): number {
  const length = text.length;
  if (length !== 20 && length !== 24) return Number.NaN;
  // T or t, Z or z: with the case bit set.
  if ((text.charCodeAt(10) | 0x20) !== LOWER_T || (text.charCodeAt(length - 1) | 0x20) !== LOWER_Z) return Number.NaN;
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return Number.NaN;
  const century = twoDigits(text, 0);
  const year = century * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const millisecond = length === 20 ? 0 : text.charCodeAt(19) === DOT ? twoDigits(text, 20) * 10 + digit(text, 22) : NOT_DIGITS;
  // Date.UTC would take the years 0 to 99 as 1900 to 1999.
  if (century > 99 || year < 100 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || millisecond > 999) return Number.NaN;
  return (((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000 + millisecond;
}

/** Date.parse(text), without its cost for the forms utcMs reads. */
export function instantMs(text: string): number {
  const ms = utcMs(text);
  return Number.isNaN(ms) ? Date.parse(text) : ms;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DASH = 45;
const DOT = 46;
const COLON = 58;
const LOWER_T = 116;
const LOWER_Z = 122;

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar, as Date.UTC counts them (Howard Hinnant's days_from_civil). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** More than any field written with digits: what a field is when it is not. */
const NOT_DIGITS = 10_000;

/** The number two ASCII digits at `at` write, or NOT_DIGITS. */
function twoDigits(text: string, at: number): number {
  const tens = digit(text, at);
  const units = digit(text, at + 1);
  return tens === NOT_DIGITS || units === NOT_DIGITS ? NOT_DIGITS : tens * 10 + units;
}

function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : NOT_DIGITS;
}
