import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import { AppError } from '../errors.ts';
import { migrations } from './migrations/index.ts';

/** Tries of a migration that found another schema dropped under it, a little longer apart each time (2.5 s in all). */
const MIGRATION_ATTEMPTS = 10;
const RETRY_STEP_MS = 55;

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/**
 * Applies every pending migration in one transaction, so a failure leaves the schema as it was.
 * Refuses a database that has migrations this code does not know: it was written by a newer
 * Groundwork, and running older code on it could lose data.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationStatus> {
  const status = await migrationStatus(db);
  refuseNewerSchema(status.applied);
  if (status.pending.length === 0) return status;
  const schema = await currentPostgresSchema(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return migrationStatus(db);
    // Kysely checks for its tables by reading the catalog of every schema in the database; a
    // schema dropped meanwhile (another Groundwork's, a test's) fails that read. Nothing was
    // changed, so the run is tried again.
    const dropped = /schema "(.+)" does not exist/.exec((error as Error).message)?.[1];
    if (dropped !== undefined && dropped !== schema && attempt < MIGRATION_ATTEMPTS) {
      await sleep(RETRY_STEP_MS * attempt);
      continue;
    }
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('database_unavailable', `migration ${failed} failed, nothing was changed: ${(error as Error).message}`);
  }
}

export async function migrationStatus(db: Kysely<any>): Promise<MigrationStatus> {
  const applied = await appliedMigrations(db);
  return { applied, pending: Object.keys(migrations).filter((name) => !applied.includes(name)) };
}

/**
 * Kysely looks for its migration tables in every schema it can see; on PostgreSQL, pin them to
 * the schema this connection writes to, or a second Groundwork in the same database (another
 * schema on the search_path) would find the first one's tables and skip creating its own.
 */
async function currentPostgresSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

function refuseNewerSchema(applied: string[]): void {
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new AppError(
      'schema_newer_than_code',
      `the database schema is newer than this Groundwork (it has migration ${unknown.join(', ')}); run a newer version`,
    );
  }
}

async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    return rows.rows.map((r) => r.name);
  } catch (error) {
    // A new database: the migration table is created by the first migration run.
    if (/no such table|does not exist/.test((error as Error).message)) return [];
    throw error;
  }
}
