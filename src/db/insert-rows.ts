import { type CompiledQuery, createQueryId, type Insertable, type Kysely, RawNode } from 'kysely';
import { databaseKey } from './database-key.ts';
import type { Database } from './schema.ts';

/** Statements kept per database: an import's full batches and its last, shorter one, for a few tables. */
const KEPT_STATEMENTS = 16;
const statements = new WeakMap<object, Map<string, Pick<CompiledQuery, 'sql' | 'query'>>>();

/**
 * Inserts rows into a table with one multi-row INSERT, as `db.insertInto(table).values(rows)`
 * does, but builds and compiles that statement only the first time for a table, its columns and a
 * number of rows: an import inserts thousands of batches of the same shape, and building them cost
 * more than running them. Every row has the first row's columns (in any order), none undefined.
 * SQLite then also finds the statement still prepared.
 */
export async function insertRows<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as (keyof Insertable<Database[T]> & string)[];
  const parameters = new Array<unknown>(rows.length * columns.length);
  let at = 0;
  for (const row of rows) for (const column of columns) parameters[at++] = row[column];
  let kept = statements.get(databaseKey(db));
  if (!kept) statements.set(databaseKey(db), (kept = new Map()));
  const key = `${table} ${rows.length} ${columns.join(',')}`;
  let statement = kept.get(key);
  if (statement === undefined) {
    const compiled = db.insertInto(table).values(rows).compile();
    // A value Kysely writes into the SQL itself would make the text fit these rows only.
    if (compiled.parameters.length !== parameters.length) {
      await db.executeQuery(compiled);
      return;
    }
    // As CompiledQuery.raw makes it: the compiled node would keep the first rows' values alive.
    statement = { sql: compiled.sql, query: RawNode.createWithSql(compiled.sql) };
    if (kept.size === KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    kept.set(key, statement);
  }
  // Not CompiledQuery.raw, which freezes the parameters: V8 reads a frozen array of 9,000 several times slower.
  await db.executeQuery({ ...statement, parameters, queryId: createQueryId() });
}
