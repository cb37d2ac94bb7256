import { type Kysely, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import { AppError } from '../errors.ts';
import { migrations } from './migrations/index.ts';

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
  await refuseNewerSchema(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema: await currentPostgresSchema(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('database_unavailable', `migration ${failed} failed, nothing was changed: ${(error as Error).message}`);
  }
  return migrationStatus(db);
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

async function refuseNewerSchema(db: Kysely<any>): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !(name in migrations));
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
