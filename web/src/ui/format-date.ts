/**
 * Dates as Groundwork shows them: in the workspace's time zone, year first, 24-hour clock,
 * so "2026-06-30 18:00" reads the same to everyone and sorts as it reads.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone: knownZone(timeZone),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** An unknown zone would make Intl throw and blank the page; UTC, labelled as such, is better. */
function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

interface Parts {
  date: string;
  minutes: string;
  seconds: string;
  zone: string;
}

function parts(iso: string, timeZone: string): Parts | undefined {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return undefined;
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) p[part.type] = part.value;
  const date = `${p.year}-${p.month}-${p.day}`;
  const minutes = `${date} ${p.hour}:${p.minute}`;
  return { date, minutes, seconds: `${minutes}:${p.second}`, zone: p.timeZoneName ?? timeZone };
}

/** "2026-06-30": the calendar date in the zone. */
export function formatDate(iso: string, timeZone: string): string {
  return parts(iso, timeZone)?.date ?? iso;
}

/** "2026-06-30 18:00". */
export function formatDateTime(iso: string, timeZone: string): string {
  return parts(iso, timeZone)?.minutes ?? iso;
}

/** "2026-06-30 18:00:05 CEST": the full instant, for details. */
export function formatInstant(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return p ? `${p.seconds} ${p.zone}` : iso;
}
