import type { Context } from '../context.ts';
import { flagsOf } from './account-flags.ts';
import { loadAccountOwners } from './account-owners.ts';
import { loadFlagSettings } from './flag-settings.ts';
import type { Account } from './list-accounts.ts';
import type { AccountSnapshot } from './snapshot.ts';
import { accountFromRow } from './stored-account.ts';

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
