import { invalidInput } from '../errors.ts';
import { parseLocalDate } from '../time/local-date.ts';

/** How an exported file writes dates; YYYY-MM-DD is always read. */
export const dateFormats = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY'] as const;
export type DateFormat = (typeof dateFormats)[number];

/** A date cell as YYYY-MM-DD; 03/04/2026 is refused unless the file's format says which way it reads. */
export function writtenDate(text: string, format: DateFormat, where: string): string {
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (slashed && format === 'YYYY-MM-DD') throw invalidInput(`"${text}" could be month/day or day/month; write dates as YYYY-MM-DD, or say the file's date format (MM/DD/YYYY or DD/MM/YYYY)`, where);
  if (!slashed && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw invalidInput(`"${text}" is not a date in the form YYYY-MM-DD${format === 'YYYY-MM-DD' ? '' : ` or ${format}`}`, where);
  const [, a, b, year] = slashed ?? [];
  const iso = slashed ? `${year}-${(format === 'MM/DD/YYYY' ? a : b)!.padStart(2, '0')}-${(format === 'MM/DD/YYYY' ? b : a)!.padStart(2, '0')}` : text;
  try {
    return parseLocalDate(iso, where).toString();
  } catch {
    throw invalidInput(`"${text}" is not a calendar date${slashed ? ` in the form ${format}` : ''}`, where);
  }
}
