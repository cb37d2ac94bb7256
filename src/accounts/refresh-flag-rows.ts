import type { Insertable, Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { AccountFlagRowTable } from '../db/schema.ts';
import { lastChangeOf } from '../evidence/last-change.ts';
import { todayIn } from '../people/person.ts';
import { flagMask } from './account-flags.ts';
import { flaggedAccounts } from './flagged-accounts.ts';
import type { Account } from './list-accounts.ts';
import { searchTextOf } from './search-text.ts';
import type { AccountSnapshot } from './snapshot.ts';

/** Rows per INSERT: 9 columns each, well under SQLite's and PostgreSQL's limits on parameters. */
const BATCH = 500;

/**
 * The modules whose tables the flags read: people (the directory, engagements and offboarding
 * checklists), accounts (snapshots, mappings, the dormancy and credential settings) and workspace
 * (its time zone, which says what day it is).
 */
const INPUTS = ['people', 'accounts', 'workspace'];

/** How many accounts carry each combination of flags: [flag_mask, accounts] pairs. */
export type MaskCounts = [mask: number, accounts: number][];

/**
 * Brings a snapshot's account_flags up to date: computed again, in memory by flaggedAccounts, when
 * anything the flags read has changed since they were, or the day has (a contractor's end date
 * passes). Says whether it wrote them, and how many of the accounts carry each combination of
 * flags. Two requests racing to write the same snapshot's rows queue on its stamp, and the second
 * finds them done.
 */
export async function refreshFlagRows(ctx: Pick<Context, 'db' | 'now'>, snapshot: AccountSnapshot): Promise<{ written: boolean; masks: MaskCounts }> {
  // Read before what the flags are computed from: a change in between leaves rows stamped older than they are, computed once more.
  const [change, today] = await Promise.all([lastChangeOf(ctx, INPUTS), todayIn(ctx)]);
  const inputs = `${change} ${today}`;
  const stamp = await ctx.db.selectFrom('account_flag_stamps').select(['inputs', 'masks']).where('snapshot_id', '=', snapshot.id).executeTakeFirst();
  if (stamp?.inputs === inputs) return { written: false, masks: JSON.parse(stamp.masks) as MaskCounts };
  const accounts = await flaggedAccounts(ctx, snapshot);
  const masks = [...Map.groupBy(accounts, (account) => flagMask(account.flags))].map(([mask, same]): MaskCounts[number] => [mask, same.length]);
  return ctx.db.transaction().execute(async (db) => {
    // Holds the stamp's row until commit: whoever got here first has committed, and is seen, by the time this returns.
    const held = await db
      .insertInto('account_flag_stamps')
      .values({ snapshot_id: snapshot.id, inputs: '', masks: '[]' })
      .onConflict((oc) => oc.column('snapshot_id').doUpdateSet((eb) => ({ snapshot_id: eb.ref('excluded.snapshot_id') })))
      .returning(['inputs', 'masks'])
      .executeTakeFirstOrThrow();
    if (held.inputs === inputs) return { written: false, masks: JSON.parse(held.masks) as MaskCounts };
    // Only rows that differ are written, compared 500 at a time: a person who leaves changes their few accounts' rows, not the 50,000.
    for (let start = 0; start < accounts.length; start += BATCH) {
      const rows = await db.selectFrom('account_flags').selectAll().where('snapshot_id', '=', snapshot.id).where('position', '>=', start).where('position', '<', start + BATCH).execute();
      const stored = new Map(rows.map((row) => [row.position, row]));
      const changed = accounts.slice(start, start + BATCH).map((account, i) => flagRow(snapshot.id, start + i, account)).filter((row) => !sameRow(stored.get(row.position), row));
      if (changed.length === 0) continue;
      if (stored.size > 0) await db.deleteFrom('account_flags').where('snapshot_id', '=', snapshot.id).where('position', 'in', changed.map((row) => row.position)).execute();
      await db.insertInto('account_flags').values(changed).execute();
    }
    await db.updateTable('account_flag_stamps').set({ inputs, masks: JSON.stringify(masks) }).where('snapshot_id', '=', snapshot.id).execute();
    // The system's older snapshots' rows, from other inputs, would be computed again before being read: dropped, so the
    // table holds about one snapshot per system. Only older ones, so that two writers never wait on each other in a circle.
    const stale = await db
      .deleteFrom('account_flag_stamps')
      .where('inputs', '!=', inputs)
      .where('snapshot_id', 'in', db.selectFrom('account_snapshots').select('id').where('system_id', '=', snapshot.systemId).where('number', '<', snapshot.number))
      .returning('snapshot_id')
      .execute();
    if (stale.length > 0) await db.deleteFrom('account_flags').where('snapshot_id', 'in', stale.map((row) => row.snapshot_id)).execute();
    return { written: true, masks };
  });
}

const sameRow = (stored: Selectable<AccountFlagRowTable> | undefined, row: Insertable<AccountFlagRowTable>) =>
  stored !== undefined && (Object.keys(row) as (keyof typeof row)[]).every((column) => stored[column] === row[column]);

function flagRow(snapshotId: string, position: number, account: Account): Insertable<AccountFlagRowTable> {
  return {
    snapshot_id: snapshotId,
    position,
    external_id: account.externalId,
    person_id: account.person?.id ?? null,
    person_status: account.person?.status ?? null,
    matched_by: account.matchedBy,
    flags: JSON.stringify(account.flags),
    flag_mask: flagMask(account.flags),
    search_text: searchTextOf(account),
  };
}
