import type { Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { AccountSnapshotTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';

/** A file or API page an import read, as its evidence keeps it. */
export interface SourceDigest {
  name: string;
  bytes: number;
  sha256: string;
}

/** One import of a system's accounts: never changed; the newest one is in force. */
export interface AccountSnapshot {
  id: string;
  systemId: string;
  /** 1, 2, 3 … per system. */
  number: number;
  format: string;
  /** When the system's list was taken. */
  asOf: string;
  importedAt: string;
  importedBy: string;
  sources: SourceDigest[];
  accounts: number;
}

export function snapshotFrom(row: Selectable<AccountSnapshotTable>): AccountSnapshot {
  return {
    id: row.id,
    systemId: row.system_id,
    number: row.number,
    format: row.format,
    asOf: row.as_of,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    sources: JSON.parse(row.sources) as SourceDigest[],
    accounts: row.accounts,
  };
}

/** The snapshot in force for a system: its newest; undefined before the first import. */
export async function latestSnapshot(ctx: Pick<Context, 'db'>, systemId: string): Promise<AccountSnapshot | undefined> {
  const row = await ctx.db.selectFrom('account_snapshots').selectAll().where('system_id', '=', systemId).orderBy('number', 'desc').limit(1).executeTakeFirst();
  return row && snapshotFrom(row);
}

/** A system's snapshots, newest first. */
export async function listSnapshots(ctx: Pick<Context, 'db'>, systemId: string): Promise<AccountSnapshot[]> {
  const rows = await ctx.db.selectFrom('account_snapshots').selectAll().where('system_id', '=', systemId).orderBy('number', 'desc').execute();
  return rows.map(snapshotFrom);
}

export async function loadSnapshot(ctx: Pick<Context, 'db'>, id: string): Promise<AccountSnapshot> {
  const row = await ctx.db.selectFrom('account_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `no account snapshot has the id "${id}"`, 'snapshot');
  return snapshotFrom(row);
}
