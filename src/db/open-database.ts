import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { redactUrl } from '../config.ts';
import { AppError } from '../errors.ts';
import { NodeSqliteDialect } from './node-sqlite-dialect.ts';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the database is, without secrets: a file path or a redacted URL. */
  location: string;
  /**
   * Runs `read` against one snapshot of the database, on a connection of its own: a long read
   * (an export) sees no write made meanwhile, and holds up none.
   */
  readSnapshot<T>(read: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// COUNT(*) and other bigints arrive as strings by default; Groundwork's counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);

/** Opens PostgreSQL when a URL is given, else the SQLite file in the data directory. */
export async function openStore(options: { databaseUrl: string | undefined; dataDir: string }): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(path.join(options.dataDir, 'groundwork.sqlite'));
}

export function openSqlite(file: string): Store {
  mkdirSync(path.dirname(file), { recursive: true });
  let database: DatabaseSync;
  try {
    database = new DatabaseSync(file);
    database.exec('pragma journal_mode = wal');
    database.exec('pragma synchronous = full');
    database.exec('pragma foreign_keys = on');
    database.exec('pragma busy_timeout = 10000');
  } catch (error) {
    throw new AppError('database_unavailable', `cannot open the SQLite database ${file}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(database) });
  return { db, engine: 'sqlite', location: file, readSnapshot: (read) => readSqliteSnapshot(file, read), close: () => db.destroy() };
}

/**
 * A second connection to the file, in a read transaction: under WAL it keeps the snapshot of its
 * first read while the main connection goes on writing. The one connection the app shares could
 * not hold a transaction that long without making every other request wait.
 */
async function readSqliteSnapshot<T>(file: string, read: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const reader = new DatabaseSync(file, { readOnly: true });
  reader.exec('pragma busy_timeout = 10000');
  const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(reader) });
  try {
    await sql`begin`.execute(db);
    // A deferred transaction takes its snapshot at its first read.
    await sql`select 1 from workspace`.execute(db);
    return await read(db);
  } finally {
    await sql`rollback`.execute(db).catch(() => {});
    await db.destroy();
  }
}

export async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    const reason = (error as Error).message || (error as { code?: string }).code || String(error);
    throw new AppError('database_unavailable', `cannot reach the database at ${redactUrl(url)}: ${reason}`);
  }
  return { db, engine: 'postgres', location: redactUrl(url), readSnapshot: (read) => readPostgresSnapshot(db, read), close: () => db.destroy() };
}

/** One connection of the pool in a read-only repeatable-read transaction: every query sees the database as of its first. */
function readPostgresSnapshot<T>(db: Kysely<Database>, read: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin isolation level repeatable read read only`.execute(connection);
    try {
      return await read(connection);
    } finally {
      await sql`rollback`.execute(connection).catch(() => {});
    }
  });
}
