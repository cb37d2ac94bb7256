import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDatabase,
  SqliteDriver,
  type SqliteStatement,
} from 'kysely';

/**
 * Kysely's SQLite dialect over `node:sqlite`. Two differences from better-sqlite3, which Kysely
 * expects: statements take spread parameters, and booleans must be bound as integers.
 * Transactions begin IMMEDIATE so that a writer takes the write lock up front and waits on
 * busy_timeout, instead of failing on a stale read snapshot when another process wrote first.
 */
export class NodeSqliteDialect extends SqliteDialect {
  readonly #database: DatabaseSync;

  constructor(database: DatabaseSync) {
    super({ database: adapt(database) });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver({ database: adapt(this.#database) });
  }
}

class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** Statements kept prepared: an import runs the same 500-row INSERT thousands of times. */
const CACHED_STATEMENTS = 100;

function adapt(database: DatabaseSync): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql) => {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = adaptStatement(database.prepare(sql));
        if (prepared.size === CACHED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function adaptStatement(statement: StatementSync): SqliteStatement {
  return {
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...bind(parameters)),
    run: (parameters) => statement.run(...bind(parameters)),
    iterate: (parameters) => statement.iterate(...bind(parameters)),
  };
}

/** Copied only when it holds a boolean: an import binds 9,000 parameters a statement. */
function bind(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  for (let i = 0; i < parameters.length; i++) {
    if (typeof parameters[i] === 'boolean') return parameters.map((value) => (typeof value === 'boolean' ? Number(value) : (value as SQLInputValue)));
  }
  return parameters as SQLInputValue[];
}
