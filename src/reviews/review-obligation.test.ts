import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock, testActor } from '../../test/engines.ts';
import { loadObligations } from '../cadence/load-obligations.ts';
import { addSystem } from '../systems/add-system.ts';
import { retireSystem } from '../systems/retire-system.ts';
import { updateSystem } from '../systems/update-system.ts';

for (const engine of engines) {
  describe(`each in-scope system's quarterly review obligation on ${engine.name}`, { skip: engine.skip }, () => {
    test('comes with the system, due at each quarter end, and is retired when the system leaves the scope or the inventory', async () => {
      const clock = manualClock('2026-11-26T15:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        const system = { category: 'other', owner: 'maya@brightline.example', classification: 'internal' };
        await addSystem(ctx, { ...system, name: 'Linear' });
        await addSystem(ctx, { ...system, name: 'Figma', inScope: false });
        await addSystem(ctx, { ...system, name: 'Notion' });
        const obligations = async () => (await loadObligations(ctx, {})).map(({ obligation }) => [obligation.id, obligation.anchorOn, obligation.cadence, obligation.owner, obligation.retiredOn]);
        assert.deepEqual(await obligations(), [
          ['access-review:linear', '2026-09-30', { every: 'P3M' }, 'maya@brightline.example', null],
          ['access-review:notion', '2026-09-30', { every: 'P3M' }, 'maya@brightline.example', null],
        ]);
        clock.set('2027-01-10T15:00:00Z');
        await updateSystem(ctx, 'linear', { inScope: false });
        await retireSystem(ctx, { id: 'notion', reason: 'moved to Confluence' });
        await updateSystem(ctx, 'figma', { inScope: true });
        assert.deepEqual((await obligations()).map(([id, anchor, , , retired]) => [id, anchor, retired]), [
          ['access-review:figma', '2026-12-31', null],
          ['access-review:linear', '2026-09-30', '2027-01-10'],
          ['access-review:notion', '2026-09-30', '2027-01-10'],
        ]);
      } finally {
        await workspace.close();
      }
    });
  });
}
