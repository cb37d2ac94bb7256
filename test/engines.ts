/**
 * Runs a suite once per database engine. SQLite always runs; PostgreSQL runs when a server
 * answers at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), is
 * mandatory when CI=true, and is reported as skipped otherwise. Every workspace a test opens
 * gets its own temporary data directory and, on PostgreSQL, its own schema, so runs never collide.
 *
 * Data directories go when the process exits. A schema is named for its process and dropped by
 * the next test process that finds that process gone, so the last file's schemas stay until the
 * next run. (A drop while another process migrates once failed that migration, naming the dropped
 * schema: Kysely looks for its tables in the catalog of every schema. migrateToLatest retries it.)
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.ts';
import type { Actor, Context } from '../src/context.ts';
import type { Engine } from '../src/db/open-database.ts';
import { openWorkspace, type Workspace } from '../src/open-workspace.ts';

export const postgresBase = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Schemas are `gw_test_<host>_<pid>_<random>`: the host, so that a process is judged gone only on its own machine. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);
const SCHEMA_PREFIX = `gw_test_${HOST}_`;

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Drops the schemas of this machine's test processes that have exited. */
async function dropSchemasOfGoneProcesses(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where starts_with(nspname, $1)`, [SCHEMA_PREFIX]);
  for (const { name } of rows) {
    const pid = Number(name.slice(SCHEMA_PREFIX.length).split('_')[0]);
    if (Number.isSafeInteger(pid) && processGone(pid)) await client.query(`drop schema if exists ${name} cascade`);
  }
}

async function postgresAnswers(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: postgresBase, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await dropSchemasOfGoneProcesses(client);
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresProblem = await postgresAnswers();
if (postgresProblem && process.env.CI === 'true') {
  throw new Error(`CI=true requires PostgreSQL at ${postgresBase}: ${postgresProblem}`);
}
if (postgresProblem) {
  process.stderr.write(`PostgreSQL suites SKIPPED: no server at ${postgresBase} (${postgresProblem}); set TEST_DATABASE_URL\n`);
}

export interface TestEngine {
  name: Engine;
  /** Set when this engine's suites are skipped, with the reason. */
  skip: string | false;
}

export const engines: TestEngine[] = [
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: postgresProblem ? `PostgreSQL not reachable: ${postgresProblem}` : false },
];

/** A fresh, empty database and data directory for one engine, and the environment that points at it. */
export interface TestSite {
  engine: Engine;
  config: Config;
  /** Environment for a child process (the CLI, a writer) that opens the same workspace. */
  env: NodeJS.ProcessEnv;
  /** Opens the workspace; `now` sets its clock for requests too. */
  open(options?: { now?: () => Date }): Promise<Workspace>;
}

const dataDirs: string[] = [];
process.on('exit', () => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

export async function createTestSite(engine: Engine, settings: Record<string, string> = {}): Promise<TestSite> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'groundwork-test-'));
  const env: NodeJS.ProcessEnv = { GROUNDWORK_DATA_DIR: dataDir, PORT: '0', ...settings };
  if (engine === 'postgres') {
    const schema = `${SCHEMA_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresBase });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(postgresBase);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
  }
  dataDirs.push(dataDir);
  const config = loadConfig(env);
  return { engine, config, env, open: (options = {}) => openWorkspace(config, options) };
}

export const testActor: Actor = { type: 'user', id: 'maya@brightline.example' };

/** A clock the test moves by hand. */
export function manualClock(start: string): { now: () => Date; set(iso: string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export type { Context, Workspace };
