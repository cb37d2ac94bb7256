/**
 * Times typed in a `datetime-local` input ("2026-07-01T17:00") are wall-clock times in the
 * workspace's time zone, whatever zone the browser is in; these turn them into instants and back.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** "2026-07-01T17:00" in Europe/Berlin → "2026-07-01T15:00:00.000Z"; undefined when it is not a time. */
export function instantOf(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at the guess, then again at the result, in case a clock change lies between them.
  let instant = asUtc - (wallClock(asUtc, timeZone) - asUtc);
  instant = asUtc - (wallClock(instant, timeZone) - instant);
  return new Date(instant).toISOString();
}

/** An instant as a `datetime-local` value in the zone: now in Europe/Berlin → "2026-07-01T17:00". */
export function localInputValue(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}
