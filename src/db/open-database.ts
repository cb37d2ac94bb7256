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
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
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
  return { db, engine: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}
