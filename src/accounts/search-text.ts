import { type RawBuilder, sql } from 'kysely';
import type { Account } from './list-accounts.ts';

/** What a search of accounts looks in: the email, user name, display name, id and person's name, lower-case, one a line. */
export function searchTextOf(account: Pick<Account, 'email' | 'userName' | 'displayName' | 'externalId' | 'person'>): string {
  return [account.email, account.userName, account.displayName, account.externalId, account.person?.name].filter(Boolean).join('\n').toLowerCase();
}

/** Whether a column of searchTextOf holds the lower-case needle, its % and _ as themselves. */
export function searchTextHolds(column: string, needle: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
}
