import { invalidInput } from '../../errors.ts';
import { daysInMonth, utcMs } from '../../time/utc-ms.ts';

const isoDateTime = /^((\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;
const utc = /^(?:Z|[+-]00:?00)$/i;

/** An ISO 8601 time with a zone ("2019-12-28T20:00:51+00:00") as UTC with milliseconds ("2019-12-28T20:00:51.000Z"). */
export function utcInstant(text: string, where: string): string {
  const fast = written(text);
  if (fast !== undefined) return fast;
  const parts = isoDateTime.exec(text);
  if (!parts) throw invalidInput(`"${text}" is not an ISO 8601 time with a zone, like 2026-06-30T14:00:00Z`, where);
  const [, minutes, year, month, day, hour, seconds = '00', fraction = '', zone] = parts as unknown as string[];
  const time = Date.parse(text);
  // Date.parse rolls 30 February over into March, and takes 24:00 as the next day.
  if (Number.isNaN(time) || +month! < 1 || +month! > 12 || +day! < 1 || +day! > daysInMonth(+year!, +month!) || +hour! > 23) throw invalidInput(`"${text}" is not a calendar time`, where);
  // Most exports write UTC already; rewriting the text is several times faster than toISOString.
  if (utc.test(zone!)) return `${minutes!.toUpperCase()}:${seconds}.${fraction.padEnd(3, '0').slice(0, 3)}Z`;
  return new Date(time).toISOString();
}

/**
 * The text utcInstant returns for the forms utcMs reads, the canonical one being already what it
 * returns; undefined for any other text, which the regular expression reads.
 */
function written(text: string): string | undefined {
  if (Number.isNaN(utcMs(text))) return undefined;
  if (text.length === 24 && text[10] === 'T' && text[23] === 'Z') return text;
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${text.length === 24 ? text.slice(20, 23) : '000'}Z`;
}
