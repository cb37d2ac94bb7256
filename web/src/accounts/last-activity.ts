import { formatDate } from '../ui/format-date.ts';

/** "2026-06-30", "never" when the system records activity and there was none, "not reported" when it does not record it. */
export function lastActivity(account: { lastActivityAt: string | null; lastActivityKnown?: boolean }, timeZone: string): string {
  if (account.lastActivityAt) return formatDate(account.lastActivityAt, timeZone);
  return account.lastActivityKnown === false ? 'not reported' : 'never';
}
