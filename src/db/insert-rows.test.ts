import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Insertable } from 'kysely';
import { createTestSite, engines } from '../../test/engines.ts';
import { insertRows } from './insert-rows.ts';
import type { PersonTable } from './schema.ts';

const person = (i: number): Insertable<PersonTable> => ({
  id: `p-${i}`,
  name: `Person ${i}`,
  email: `person${i}@brightline.example`,
  aliases: i % 3 ? '[]' : JSON.stringify([`p${i}@legacy.example`]),
  created_at: '2026-07-10T12:00:00.000Z',
});

for (const engine of engines) {
  describe(`inserting rows in batches on ${engine.name}`, { skip: engine.skip }, () => {
    test('batches of one shape, another size and columns in another order all land as written', async () => {
      const workspace = await (await createTestSite(engine.name)).open();
      const db = workspace.store.db;
      try {
        const people = Array.from({ length: 1003 }, (_, i) => person(i));
        await insertRows(db, 'people', people.slice(0, 500));
        // The same shape again: the statement written for the first batch, with these rows' values.
        await insertRows(db, 'people', people.slice(500, 1000));
        // Rows after the first may list their columns in another order.
        await insertRows(db, 'people', people.slice(1000).map((row, i) => (i === 0 ? row : { email: row.email, aliases: row.aliases, created_at: row.created_at, name: row.name, id: row.id })));
        await insertRows(db, 'people', []);
        const stored = await db.selectFrom('people').select(['id', 'name', 'email', 'aliases', 'created_at']).execute();
        assert.deepEqual(stored.map((row) => ({ ...row })).sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2))), people);
      } finally {
        await workspace.close();
      }
    });

    test('a batch the database refuses is refused whole, and a transaction around it changes nothing', async () => {
      const workspace = await (await createTestSite(engine.name)).open();
      const db = workspace.store.db;
      try {
        await insertRows(db, 'people', [person(1), person(2)]);
        await assert.rejects(
          db.transaction().execute(async (tx) => {
            await insertRows(tx, 'people', [person(3), person(4)]);
            await insertRows(tx, 'people', [person(5), { ...person(6), email: person(1).email }]);
          }),
        );
        const ids = await db.selectFrom('people').select('id').orderBy('id').execute();
        assert.deepEqual(ids.map((row) => row.id), ['p-1', 'p-2']);
      } finally {
        await workspace.close();
      }
    });
  });
}
