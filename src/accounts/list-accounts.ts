import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadSystem } from '../systems/system.ts';
import { type AccountFlag, type AccountFlagId, accountFlagIds, flagsOf } from './account-flags.ts';
import { loadAccountOwners, type MatchedBy } from './account-owners.ts';
import type { AccountRecord } from './account-record.ts';
import { loadFlagSettings } from './flag-settings.ts';
import { type AccountSnapshot, latestSnapshot, loadSnapshot } from './snapshot.ts';
import { accountFromRow } from './stored-account.ts';

/** An account with whose it is, as the directory says today, and its flags as of its list. */
export interface Account extends AccountRecord {
  person: { id: string; name: string; email: string; status: string } | null;
  matchedBy: MatchedBy | null;
  flags: AccountFlag[];
}

export interface AccountList {
  snapshot: AccountSnapshot;
  /** Accounts that pass the filters, and how many of them carry each flag. */
  total: number;
  counts: Record<AccountFlagId, number>;
  accounts: Account[];
}

export interface AccountFilter {
  systemId: string;
  /** A snapshot of the system; the one in force when left out. */
  snapshotId?: string;
  /** Accounts carrying every one of these flags. */
  flags?: AccountFlagId[];
  /** Part of the email, user name, display name or id, any case. */
  search?: string;
  offset?: number;
  limit?: number;
}

/**
 * Every account of a system's snapshot, matched to the directory and flagged now: a person who
 * left since the list was taken makes their account a leaver's. Tens of thousands of accounts are
 * read, matched and flagged in memory, then filtered and cut to the page asked for.
 */
export async function listAccounts(ctx: Pick<Context, 'db' | 'now'>, filter: AccountFilter): Promise<AccountList> {
  const system = await loadSystem(ctx, filter.systemId);
  const snapshot = filter.snapshotId ? await loadSnapshot(ctx, filter.snapshotId) : await latestSnapshot(ctx, system.id);
  if (!snapshot) throw new AppError('not_found', `${system.name} has no accounts yet: import its list first`, 'system');
  if (snapshot.systemId !== system.id) throw new AppError('not_found', `snapshot ${snapshot.id} is not one of ${system.name}'s`, 'snapshot');
  const all = await flaggedAccounts(ctx, snapshot);
  const needle = filter.search?.trim().toLowerCase();
  const wanted = all.filter(
    (account) =>
      (filter.flags ?? []).every((id) => account.flags.some((flag) => flag.id === id)) &&
      (!needle || [account.email, account.userName, account.displayName, account.externalId, account.person?.name].some((field) => field?.toLowerCase().includes(needle))),
  );
  const counts = Object.fromEntries(accountFlagIds.map((id) => [id, 0])) as Record<AccountFlagId, number>;
  for (const account of wanted) for (const flag of account.flags) counts[flag.id]++;
  const offset = filter.offset ?? 0;
  return { snapshot, total: wanted.length, counts, accounts: wanted.slice(offset, offset + (filter.limit ?? wanted.length)) };
}

/** Every account of a snapshot, matched and flagged, by display name then id. */
export async function flaggedAccounts(ctx: Pick<Context, 'db' | 'now'>, snapshot: AccountSnapshot): Promise<Account[]> {
  const [rows, owners, settings] = await Promise.all([
    ctx.db.selectFrom('accounts').selectAll().where('snapshot_id', '=', snapshot.id).execute(),
    loadAccountOwners(ctx, snapshot.systemId),
    loadFlagSettings(ctx),
  ]);
  const records = rows.map(accountFromRow);
  const matches = records.map((account) => owners.match(account));
  const everyday = new Set<string>();
  records.forEach((account, i) => {
    if (account.status === 'active' && !account.privileged && matches[i]) everyday.add(matches[i].owner.personId);
  });
  const accounts = records.map((account, i): Account => {
    const match = matches[i];
    const owner = match?.owner ?? null;
    return {
      ...account,
      person: owner && { id: owner.personId, name: owner.name, email: owner.email, status: owner.status },
      matchedBy: match?.matchedBy ?? null,
      flags: flagsOf(account, { asOf: snapshot.asOf, owner, ownerHasEverydayAccount: owner !== null && everyday.has(owner.personId), settings }),
    };
  });
  const label = (a: Account) => (a.displayName ?? a.userName ?? a.email ?? a.externalId).toLowerCase();
  return accounts.sort((a, b) => label(a).localeCompare(label(b)) || a.externalId.localeCompare(b.externalId));
}
