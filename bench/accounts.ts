/**
 * The account import benchmark: 200 systems' exports, as plain CSV files on disk, imported one
 * system at a time through importAccounts, beside the same normalised rows inserted with
 * prepared statements in one transaction. Both start from the same directory and inventory.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Insertable } from 'kysely';
import pg from 'pg';
import { importAccounts } from '../src/accounts/import-accounts.ts';
import { fileSource } from '../src/accounts/source-file.ts';
import { accountRow } from '../src/accounts/stored-account.ts';
import type { ChecklistItemTable, ChecklistTable, EngagementTable, PersonTable } from '../src/db/schema.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { addSystem } from '../src/systems/add-system.ts';
import { systemCategories } from '../src/systems/system.ts';
import { AS_OF, accountOf, personAlias, personEmail, personFullName, writeExport } from './account-exports.ts';

const SYSTEMS = 200;
const actor = { type: 'cli', id: 'bench' } as const;
const systemName = (s: number) => `Bench system ${String(s + 1).padStart(3, '0')}`;

/**
 * The directory and the inventory both sides start from: `people` people written straight into
 * the tables (a fiftieth departed, a fiftieth being offboarded, a fifth contractors, some past
 * their end date), and `systems` systems added through addSystem, each owned by a person of the
 * directory. Returns the systems' ids.
 */
export async function seedDirectory(workspace: Workspace, people: number, systems = SYSTEMS): Promise<string[]> {
  const db = workspace.store.db;
  const now = new Date().toISOString();
  for (let start = 0; start < people; start += 500) {
    const persons: Insertable<PersonTable>[] = [];
    const engagements: Insertable<EngagementTable>[] = [];
    const checklists: Insertable<ChecklistTable>[] = [];
    const items: Insertable<ChecklistItemTable>[] = [];
    for (let p = start; p < Math.min(people, start + 500); p++) {
      const person = randomUUID();
      const engagement = randomUUID();
      const alias = personAlias(p);
      const contractor = p % 5 === 2;
      persons.push({ id: person, name: personFullName(p), email: personEmail(p), aliases: JSON.stringify(alias ? [alias] : []), created_at: now });
      engagements.push({
        id: engagement, person_id: person, kind: contractor ? 'contractor' : 'employee', title: 'Engineer', department: 'Engineering', manager_id: null,
        start_on: new Date(Date.UTC(2024, 0, 1 + (p % 700))).toISOString().slice(0, 10), end_on: contractor ? (p % 20 === 2 ? '2026-09-30' : '2027-06-30') : null, end_obligation_id: null, created_at: now,
      });
      if (p % 50 < 2) {
        const checklist = randomUUID();
        const at = p % 50 === 0 ? '2026-10-01T17:00:00.000Z' : null;
        checklists.push({ id: checklist, engagement_id: engagement, kind: 'offboarding', started_at: '2026-10-01T15:00:00.000Z', started_by: 'admin@brightline.example', terminates_at: '2026-10-01T21:00:00.000Z', reason: 'voluntary', conversation_at: null, batch_id: null, obligation_id: null });
        items.push({ checklist_id: checklist, position: 0, key: 'revoke-access', phase: 'access', title: 'Revoke all access', proof: 'confirmation', confirmed_by: 'admin', system_id: null, access_role: null, asset_id: null, done_at: at, effective_at: at, done_by: at && 'admin@brightline.example', outcome: at && 'done', link: null, attachment_sha256: null, note: null, evidence_seq: null });
      }
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('people').values(persons).execute();
      await tx.insertInto('engagements').values(engagements).execute();
      if (checklists.length > 0) await tx.insertInto('checklists').values(checklists).execute();
      if (items.length > 0) await tx.insertInto('checklist_items').values(items).execute();
    });
  }
  const ctx = workspace.context(actor);
  const ids: string[] = [];
  for (let s = 0; s < systems; s++) {
    const category = systemCategories[s % systemCategories.length]!;
    ids.push((await addSystem(ctx, { name: systemName(s), category, owner: personEmail(s), classification: s % 3 ? 'confidential' : 'internal' })).id);
  }
  return ids;
}

/** The timed part: every system's export imported, matched and flagged, one import per system. */
export async function importExports(workspace: Workspace, n: number): Promise<() => Promise<void>> {
  const systems = await seedDirectory(workspace, n / 100);
  const files = systems.map((_, s) => writeExport(path.join(workspace.config.dataDir, 'exports'), s, n / SYSTEMS, n / 100));
  const ctx = workspace.context(actor);
  return async () => {
    for (const [s, systemId] of systems.entries()) await importAccounts(ctx, { systemId, files: [fileSource(files[s]!)], asOf: AS_OF });
    const { count } = await workspace.store.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    assert.equal(Number(count), n);
  };
}

/**
 * The baseline: the rows importAccounts would store for the same exports, made before the clock
 * starts, inserted in one transaction (after a snapshot row per system) by the fastest prepared
 * statement measured on each engine. SQLite: node:sqlite's prepare once and run a row at a time
 * (statements of 100 rows were no faster, of 500 slower). PostgreSQL: pg with a named prepared
 * statement of 100 rows (a row at a time waits for a round trip per row and took twice as long;
 * 500 rows, or unnest of column arrays, were no faster).
 */
export async function insertRows(workspace: Workspace, n: number): Promise<() => Promise<void>> {
  const rowsPerStatement = workspace.store.engine === 'sqlite' ? 1 : 100;
  const systems = await seedDirectory(workspace, n / 100);
  const snapshotIds = systems.map(() => randomUUID());
  const snapshots = systems.map((systemId, s) => [snapshotIds[s]!, systemId, 1, 'plain-csv', AS_OF.toISOString(), new Date().toISOString(), 'cli:bench', '[]', n / SYSTEMS]);
  const columns = Object.keys(accountRow('', accountOf(0, 0, n / 100)));
  const batches: SQLInputValue[][] = [];
  let batch: SQLInputValue[] = [];
  for (let s = 0; s < SYSTEMS; s++) {
    for (let i = 0; i < n / SYSTEMS; i++) {
      batch.push(...(Object.values(accountRow(snapshotIds[s]!, accountOf(s, i, n / 100))) as SQLInputValue[]));
      if (batch.length === rowsPerStatement * columns.length) {
        batches.push(batch);
        batch = [];
      }
    }
  }
  assert.equal(batch.length, 0, `${n} rows do not divide into statements of ${rowsPerStatement}`);
  const snapshotSql = `insert into account_snapshots (id, system_id, number, format, as_of, imported_at, imported_by, sources, accounts) values (${snapshots[0]!.map((_, k) => `$${k + 1}`).join(', ')})`;
  const rowsSql = `insert into accounts (${columns.join(', ')}) values ${Array.from({ length: rowsPerStatement }, (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')}`;
  return workspace.store.engine === 'sqlite' ? sqliteInserts(workspace, snapshotSql, snapshots, rowsSql, batches) : postgresInserts(workspace, snapshotSql, snapshots, rowsSql, batches);
}

function sqliteInserts(workspace: Workspace, snapshotSql: string, snapshots: SQLInputValue[][], rowsSql: string, batches: SQLInputValue[][]): () => Promise<void> {
  // Its own connection, with the workspace's durability settings. The SQL is written for pg; SQLite would read $1 as a parameter named "1".
  const database = new DatabaseSync(path.join(workspace.config.dataDir, 'groundwork.sqlite'));
  database.exec('pragma journal_mode = wal; pragma synchronous = full; pragma foreign_keys = on');
  const positional = (text: string) => text.replace(/\$\d+/g, '?');
  return async () => {
    const snapshot = database.prepare(positional(snapshotSql));
    const insert = database.prepare(positional(rowsSql));
    database.exec('begin immediate');
    for (const values of snapshots) snapshot.run(...values);
    for (const values of batches) insert.run(...values);
    database.exec('commit');
    database.close();
  };
}

async function postgresInserts(workspace: Workspace, snapshotSql: string, snapshots: SQLInputValue[][], rowsSql: string, batches: SQLInputValue[][]): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: workspace.config.databaseUrl });
  await client.connect();
  return async () => {
    await client.query('begin');
    for (const values of snapshots) await client.query({ name: 'insert-snapshot', text: snapshotSql, values });
    for (const values of batches) await client.query({ name: 'insert-accounts', text: rowsSql, values });
    await client.query('commit');
    await client.end();
  };
}
