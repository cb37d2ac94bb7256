import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import pg from 'pg';
import { engines, postgresBase } from '../../test/engines.ts';
import { migrateToLatest } from './migrate.ts';
import { openPostgres } from './open-database.ts';

const postgres = engines.find((engine) => engine.name === 'postgres')!;

describe('migrations on PostgreSQL', { skip: postgres.skip }, () => {
  test('a schema of the same database dropped while a workspace migrates does not fail the migration', async () => {
    const admin = new pg.Client({ connectionString: postgresBase });
    await admin.connect();
    const name = () => `gw_race_${randomBytes(4).toString('hex')}`;
    const ours = Array.from({ length: 6 }, name);
    const others = Array.from({ length: 40 }, name);
    try {
      // Other schemas with tables, as another Groundwork's would be, dropped one after another while ours migrate.
      for (const schema of [...ours, ...others]) await admin.query(`create schema ${schema}`);
      for (const schema of others) await admin.query(`create table ${schema}.t1 (id int); create table ${schema}.t2 (id int)`);
      const dropping = (async () => {
        for (const schema of others) await admin.query(`drop schema ${schema} cascade`);
      })();
      const migrated = await Promise.all(
        ours.map(async (schema) => {
          const url = new URL(postgresBase);
          url.searchParams.set('options', `-c search_path=${schema}`);
          const store = await openPostgres(url.toString());
          try {
            return (await migrateToLatest(store.db)).pending;
          } finally {
            await store.close();
          }
        }),
      );
      await dropping;
      assert.deepEqual(migrated, ours.map(() => []));
    } finally {
      for (const schema of [...ours, ...others]) await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  });
});
