import { type SelectQueryBuilder, sql } from 'kysely';
import type { Context } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { loadSystem } from '../systems/system.ts';
import { type AccountFlag, type AccountFlagId, accountFlagIds, flagBit } from './account-flags.ts';
import type { MatchedBy } from './account-owners.ts';
import type { AccountRecord } from './account-record.ts';
import { type MaskCounts, refreshFlagRows } from './refresh-flag-rows.ts';
import { searchTextHolds } from './search-text.ts';
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
  /** Every account that passes the filters when left out. */
  limit?: number;
}

/** Accounts per read of an export. */
const BATCH = 1000;
/** No limit, for SQLite, which takes no OFFSET without a LIMIT. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * A page of a system's accounts in a snapshot, matched to the directory and flagged now: a person
 * who left since the list was taken makes their account a leaver's. The snapshot's account_flags
 * are brought up to date, then filtered and cut to the page in SQL; only the page's accounts and
 * people are read. The counts are summed from the accounts per combination of flags: the
 * snapshot's, or those found by a search.
 */
export async function listAccounts(ctx: Pick<Context, 'db' | 'now'>, filter: AccountFilter): Promise<AccountList> {
  const snapshot = await snapshotAsked(ctx, filter);
  const { masks } = await refreshFlagRows(ctx, snapshot);
  const wanted = flagRows(ctx, snapshot.id, filter);
  const [found, page] = await Promise.all([
    filter.search?.trim() ? wanted.select(['f.flag_mask', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('f.flag_mask').execute() : undefined,
    filter.limit === 0 ? [] : accountsOf(ctx, wanted.orderBy('f.position').limit(filter.limit ?? NO_LIMIT).offset(filter.offset ?? 0)),
  ]);
  const every = maskOf(filter.flags);
  const counts = Object.fromEntries(accountFlagIds.map((id) => [id, 0])) as Record<AccountFlagId, number>;
  let total = 0;
  for (const [mask, accounts] of found?.map((row): MaskCounts[number] => [row.flag_mask, Number(row.n)]) ?? masks) {
    if ((mask & every) !== every) continue;
    total += accounts;
    for (const id of accountFlagIds) if (mask & flagBit(id)) counts[id] += accounts;
  }
  return { snapshot, total, counts, accounts: page.map((row) => row.account) };
}

/**
 * Every account of a system's snapshot in force that passes the filters, by display name, a
 * thousand at a time: an export of tens of thousands never holds them all.
 */
export async function accountBatches(
  ctx: Pick<Context, 'db' | 'now'>,
  filter: Pick<AccountFilter, 'systemId' | 'flags' | 'search'>,
): Promise<{ snapshot: AccountSnapshot; batches: AsyncIterable<Account[]> }> {
  const snapshot = await snapshotAsked(ctx, filter);
  await refreshFlagRows(ctx, snapshot);
  async function* batches(): AsyncIterable<Account[]> {
    let after = -1;
    for (;;) {
      const batch = await accountsOf(ctx, flagRows(ctx, snapshot.id, filter).where('f.position', '>', after).orderBy('f.position').limit(BATCH));
      if (batch.length > 0) yield batch.map((row) => row.account);
      after = batch.at(-1)?.position ?? after;
      // Short: the end, unless the rows were written again meanwhile (a newer snapshot's, listed, drops an older one's); then read on.
      if (batch.length < BATCH && !(await refreshFlagRows(ctx, snapshot)).written) return;
    }
  }
  return { snapshot, batches: batches() };
}

async function snapshotAsked(ctx: Pick<Context, 'db'>, filter: Pick<AccountFilter, 'systemId' | 'snapshotId'>): Promise<AccountSnapshot> {
  const system = await loadSystem(ctx, filter.systemId);
  const snapshot = filter.snapshotId ? await loadSnapshot(ctx, filter.snapshotId) : await latestSnapshot(ctx, system.id);
  if (!snapshot) throw new AppError('not_found', `${system.name} has no accounts yet: import its list first`, 'system');
  if (snapshot.systemId !== system.id) throw new AppError('not_found', `snapshot ${snapshot.id} is not one of ${system.name}'s`, 'snapshot');
  return snapshot;
}

type FlagRows = SelectQueryBuilder<Database & { f: Database['account_flags'] }, 'f', object>;

/** The snapshot's account_flags rows that pass the filters. */
function flagRows(ctx: Pick<Context, 'db'>, snapshotId: string, filter: Pick<AccountFilter, 'flags' | 'search'>): FlagRows {
  let query: FlagRows = ctx.db.selectFrom('account_flags as f').where('f.snapshot_id', '=', snapshotId);
  const every = maskOf(filter.flags);
  if (every !== 0) query = query.where(sql<number>`f.flag_mask & ${every}`, '=', every);
  const needle = filter.search?.trim().toLowerCase();
  if (needle) query = query.where(searchTextHolds('f.search_text', needle));
  return query;
}

/** The bits of every flag asked for: an account carries them all when its mask has them all. */
const maskOf = (flags: AccountFlagId[] = []) => flags.reduce((mask, id) => mask | flagBit(id), 0);

/** The accounts of a page of rows, in order, each read with its person; nothing else is. */
async function accountsOf(ctx: Pick<Context, 'db'>, rows: FlagRows): Promise<{ position: number; account: Account }[]> {
  const page = await ctx.db
    .selectFrom(rows.select(['f.snapshot_id', 'f.position', 'f.external_id', 'f.person_id', 'f.person_status', 'f.matched_by', 'f.flags']).as('f'))
    .innerJoin('accounts as a', (join) => join.onRef('a.snapshot_id', '=', 'f.snapshot_id').onRef('a.external_id', '=', 'f.external_id'))
    .leftJoin('people as p', 'p.id', 'f.person_id')
    .selectAll('a')
    .select(['f.position', 'f.person_id', 'f.person_status', 'f.matched_by', 'f.flags', 'p.name as person_name', 'p.email as person_email'])
    .orderBy('f.position')
    .execute();
  return page.map((row) => ({
    position: Number(row.position),
    account: {
      ...accountFromRow(row),
      person: row.person_id === null ? null : { id: row.person_id, name: row.person_name!, email: row.person_email!, status: row.person_status! },
      matchedBy: row.matched_by as MatchedBy | null,
      flags: JSON.parse(row.flags) as AccountFlag[],
    },
  }));
}
