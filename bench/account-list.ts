/**
 * The system page's query: one page of a system's accounts in force, with the filters, counts,
 * searches and offsets the page and the Systems list ask for, beside the same number of plain page
 * reads of the same accounts. The first request after an import computes the list's flags, and is
 * measured on its own.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { sql } from 'kysely';
import { importAccounts } from '../src/accounts/import-accounts.ts';
import { type AccountFilter, listAccounts } from '../src/accounts/list-accounts.ts';
import { mapAccount } from '../src/accounts/map-account.ts';
import { latestSnapshot } from '../src/accounts/snapshot.ts';
import { fileSource } from '../src/accounts/source-file.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { AS_OF, personEmail, writeExport } from './account-exports.ts';
import { seedDirectory } from './accounts.ts';
import { PAGE, percentiles, QUERIES } from './reviews.ts';

const actor = { type: 'cli', id: 'bench' } as const;

/** A system of n accounts (a directory of n / 5 people), imported; nothing has listed it yet. */
export async function seedAccountList(workspace: Workspace, n: number): Promise<void> {
  const [systemId] = await seedDirectory(workspace, n / 5, 1);
  const file = writeExport(path.join(workspace.config.dataDir, 'exports'), 0, n, n / 5);
  await importAccounts(workspace.context(actor), { systemId: systemId!, files: [fileSource(file)], asOf: AS_OF });
  // As the evidence benchmark does: a server would have analysed the new rows (autovacuum) before anyone reads them.
  if (workspace.store.engine === 'postgres') await sql`analyze`.execute(workspace.store.db);
}

async function theSystem(workspace: Workspace): Promise<{ systemId: string; snapshotId: string; total: number }> {
  const { id: systemId } = await workspace.store.db.selectFrom('systems').select('id').executeTakeFirstOrThrow();
  const snapshot = (await latestSnapshot(workspace.store, systemId))!;
  return { systemId, snapshotId: snapshot.id, total: snapshot.accounts };
}

/**
 * The timed part: the first request after the import, which computes the list's flags and writes
 * every row; then, once an orphan account is mapped to a person, the next, which writes the rows
 * that changed. Returns both times.
 */
export async function firstPages(workspace: Workspace): Promise<() => Promise<Record<string, number>>> {
  const { systemId, snapshotId } = await theSystem(workspace);
  const ctx = workspace.context(actor);
  const orphan = await workspace.store.db.selectFrom('accounts').select('external_id').where('snapshot_id', '=', snapshotId).where('email', 'like', 'former-%').executeTakeFirstOrThrow();
  const timedPage = async () => {
    const started = performance.now();
    assert.equal((await listAccounts(ctx, { systemId, limit: PAGE })).accounts.length, PAGE);
    return Math.round((performance.now() - started) * 10) / 10;
  };
  return async () => {
    const firstPageMs = await timedPage();
    await mapAccount(ctx, { systemId, externalId: orphan.external_id, person: personEmail(0) });
    return { firstPageMs, afterMappingMs: await timedPage() };
  };
}

/** The pages people ask for, in turn: the first pages, each flag, two at once, searches, deep offsets, the Systems list's counts. */
function pagesOf(total: number): Omit<AccountFilter, 'systemId'>[] {
  return [
    {},
    { offset: PAGE },
    { flags: ['no_mfa'] },
    { flags: ['dormant'], offset: PAGE },
    { flags: ['never_used'] },
    { flags: ['leaver_active'] },
    { flags: ['orphan'] },
    { flags: ['shared'] },
    { flags: ['privileged'] },
    { flags: ['contractor_expired'] },
    { flags: ['stale_credential'] },
    { flags: ['no_mfa', 'dormant'] },
    { search: 'chen' },
    { search: 'maya.park16' },
    { search: 'svc-deploy', offset: PAGE },
    { search: 'legacy-brightline', flags: ['no_mfa'] },
    { offset: Math.floor(total / 2) },
    { offset: total - PAGE },
    { flags: ['orphan'], offset: Math.floor(total / 100) },
    { limit: 0 },
  ];
}

/** The timed part: 200 pages of the system page, each timed, once the list's flags are computed; returns the percentiles. */
export async function accountPages(workspace: Workspace): Promise<() => Promise<Record<string, number>>> {
  const { systemId, total } = await theSystem(workspace);
  const pages = pagesOf(total);
  const ctx = workspace.context(actor);
  await listAccounts(ctx, { systemId, limit: 0 });
  // As seedAccountList does: a server would have analysed the list's new rows (autovacuum) within a minute of their writing.
  if (workspace.store.engine === 'postgres') await sql`analyze`.execute(workspace.store.db);
  return async () => {
    const ms: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const filter = pages[q % pages.length]!;
      const started = performance.now();
      const page = await listAccounts(ctx, { systemId, limit: PAGE, ...filter });
      ms.push(performance.now() - started);
      assert.ok(page.total > 0 && (filter.limit === 0 || page.accounts.length > 0), `page ${JSON.stringify(filter)} is empty`);
    }
    return percentiles(ms);
  };
}

/** The baseline: the same number of plain reads of a page of the snapshot's accounts, by the primary key's prefix. */
export async function plainAccountPages(workspace: Workspace): Promise<() => Promise<Record<string, number>>> {
  const { snapshotId } = await theSystem(workspace);
  const db = workspace.store.db;
  return async () => {
    const ms: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const started = performance.now();
      const rows = await db.selectFrom('accounts').selectAll().where('snapshot_id', '=', snapshotId).limit(PAGE).execute();
      ms.push(performance.now() - started);
      assert.equal(rows.length, PAGE);
    }
    return percentiles(ms);
  };
}
