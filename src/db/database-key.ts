import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * One object per open database, the same for its transactions (they share its adapter): a key for
 * what is kept per database in a WeakMap, and let go with it.
 */
export function databaseKey(db: Kysely<Database>): object {
  return db.getExecutor().adapter;
}
