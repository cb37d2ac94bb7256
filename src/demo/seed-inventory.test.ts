import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { addPerson } from '../people/add-person.ts';
import { seedAssets } from './seed-assets.ts';
import { seedSystems } from './seed-systems.ts';

const cto = 'maya.chen@brightline.example';
const engineer = 'sam.okafor@brightline.example';

for (const engine of engines) {
  describe(`the demo's systems and assets on ${engine.name}`, { skip: engine.skip }, () => {
    test('the inventory has the systems the demo’s reviews name, Groundwork among them; each person gets a laptop and a key', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      t.after(() => workspace.close());
      const ctx = workspace.context({ type: 'user', id: cto });
      const systems = await seedSystems(ctx, { cto, engineer });
      for (const id of ['aws', 'github', 'google-workspace', 'postgres-production', 'groundwork']) assert.ok(systems.some((s) => s.id === id), id);
      assert.deepEqual(systems.filter((s) => !s.inScope).map((s) => s.id), ['figma']);

      for (const [name, email] of [['Maya Chen', cto], ['Sam Okafor', engineer]]) await addPerson(ctx, { name: name!, email: email!, kind: 'employee', startOn: '2025-01-06' });
      const assets = await seedAssets(ctx, [cto, engineer]);
      assert.deepEqual(assets.map((a) => [a.tag, a.holder?.email ?? null]), [
        ['BL-LAP-001', cto],
        ['BL-LAP-002', engineer],
        ['BL-LAP-003', null],
        ['YK-5C-001', cto],
        ['YK-5C-002', engineer],
        ['YK-5C-003', null],
        ['YK-5C-004', null],
      ]);
    });
  });
}
