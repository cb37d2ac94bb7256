/**
 * Runs a suite once per database engine. SQLite always runs; PostgreSQL runs when a server
 * answers at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), is
 * mandatory when CI=true, and is reported as skipped otherwise. Every workspace a test opens
 * gets its own temporary data directory and, on PostgreSQL, its own schema, so runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.ts';
import type { Actor, Context } from '../src/context.ts';
import type { Engine } from '../src/db/open-database.ts';
import { openWorkspace, type Workspace } from '../src/open-workspace.ts';

const postgresBase = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresAnswers(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: postgresBase, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
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

/**
 * What the sites of this test file leave behind, removed once at its end. Registered here, at load
 * time, so the hook belongs to the file: `after` called inside a running test attaches to whichever
 * test the runner thinks is current, and a schema dropped early breaks a later migration.
 *
 * The runner runs the file's `after` when the process is about to exit, and in CI it has run while
 * the file's last test was between creating its schema and migrating it ("schema … does not
 * exist"). So a site made in the last seconds is left alone: at worst a schema stays behind.
 */
const RECENT_MS = 10_000;
const leftovers = { schemas: [] as { name: string; at: number }[], dataDirs: [] as { name: string; at: number }[] };
after(async () => {
  const settled = (entry: { at: number }) => Date.now() - entry.at > RECENT_MS;
  for (const dir of leftovers.dataDirs.filter(settled)) rmSync(dir.name, { recursive: true, force: true });
  const schemas = leftovers.schemas.filter(settled);
  if (schemas.length === 0) return;
  const cleanup = new pg.Client({ connectionString: postgresBase });
  await cleanup.connect();
  for (const schema of schemas) await cleanup.query(`drop schema if exists ${schema.name} cascade`);
  await cleanup.end();
});

export async function createTestSite(engine: Engine, settings: Record<string, string> = {}): Promise<TestSite> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'groundwork-test-'));
  const env: NodeJS.ProcessEnv = { GROUNDWORK_DATA_DIR: dataDir, PORT: '0', ...settings };
  if (engine === 'postgres') {
    const schema = `gw_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresBase });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(postgresBase);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
    leftovers.schemas.push({ name: schema, at: Date.now() });
  }
  leftovers.dataDirs.push({ name: dataDir, at: Date.now() });
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
