import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { openDemoClock } from '../../test/demo-clock.ts';
import { engines } from '../../test/engines.ts';
import { addUser } from '../../test/identity.ts';
import { republish } from '../../test/policies.ts';
import type { Actor } from '../context.ts';
import { addPerson } from '../people/add-person.ts';
import { listPeople } from '../people/person.ts';
import { acknowledgementMatrix } from '../policies/acknowledgements.ts';
import { loadPolicy } from '../policies/policy.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { seedAcknowledgements } from './seed-acknowledgements.ts';
import { seedPolicies } from './seed-policies.ts';

const timeZone = 'America/New_York';
const cto: Actor = { type: 'user', id: 'maya.chen@brightline.example' };
const engineer: Actor = { type: 'user', id: 'sam.okafor@brightline.example' };

for (const engine of engines) {
  describe(`the demo's acknowledgements on ${engine.name}`, { skip: engine.skip }, () => {
    test('most people acknowledge on realistic dates, a contractor from links, and the newest hire has two left', async (t) => {
      const realNow = new Date('2026-06-15T20:00:00.000Z');
      const { workspace, at, current, backToNow } = await openDemoClock(t, engine.name, realNow, timeZone);
      const on = (date: string) => Temporal.PlainDate.from(date);
      await updateWorkspace(at(cto, on('2026-01-05'), 9)!, { name: 'Brightline Analytics', timeZone });
      await addPerson(at(cto, on('2026-01-05'), 10)!, { name: 'Leo Park', email: 'leo.park@brightline.example', kind: 'employee', startOn: '2026-01-05' });
      await addPerson(at(cto, on('2026-01-28'), 10)!, { name: 'Ana Ruiz', email: 'ana@ruiz.design', kind: 'contractor', startOn: '2026-02-02', endOn: '2026-12-31' });
      await addPerson(at(cto, on('2026-06-01'), 10)!, { name: 'Nina Brooks', email: 'nina.brooks@brightline.example', kind: 'employee', startOn: '2026-06-15' });
      await seedPolicies(at, { cto, engineer }, { start: on('2026-01-06'), later: on('2026-03-20'), recent: on('2026-06-13') });
      const changed = at(cto, on('2026-05-01'), 11)!;
      await republish(changed, (await loadPolicy(changed, 'information-security')).policy, 'Laptops are encrypted before first use.', true);
      backToNow();
      await addUser(workspace, 'member', { email: 'leo.park@brightline.example' });
      await addUser(workspace, 'member', { email: 'nina.brooks@brightline.example' });

      const result = await seedAcknowledgements(current(cto), at, { people: await listPeople(workspace.context(cto, () => realNow)), admin: engineer });
      backToNow();
      const outstanding = await acknowledgementMatrix(workspace.context(cto, () => realNow), { outstanding: true });
      assert.deepEqual(outstanding.map((r) => r.name), ['Nina Brooks', 'Nina Brooks'], 'the newest hire has two to go');
      // Leo and Ana: the day-one five and the orientation, then the material change to the Information Security Policy; Nina: the six in force, less two.
      assert.deepEqual(result, { acknowledgements: 7 + 7 + 4, links: result.links, outstanding: 2 });

      const rows = await workspace.store.db.selectFrom('acknowledgements as a').innerJoin('people as p', 'p.id', 'a.person_id').select(['p.email', 'a.policy_id', 'a.version', 'a.acknowledged_at', 'a.via']).execute();
      const published = new Map((await workspace.store.db.selectFrom('policy_versions').select(['policy_id', 'version', 'published_at']).execute()).map((v) => [`${v.policy_id}:${v.version}`, v.published_at]));
      for (const row of rows) {
        const since = published.get(`${row.policy_id}:${row.version}`)!;
        assert.ok(row.acknowledged_at > since && row.acknowledged_at < realNow.toISOString(), `${row.email} acknowledged ${row.policy_id} v${row.version} at ${row.acknowledged_at}, after its publication at ${since}`);
      }
      assert.deepEqual([...new Set(rows.filter((r) => r.email === 'ana@ruiz.design').map((r) => r.via))], ['link'], 'the contractor has no login');
      assert.ok(result.links >= 1 && result.links <= 4, `${result.links} links, one per day she acknowledged`);
      assert.ok(rows.filter((r) => r.email === 'ana@ruiz.design').every((r) => r.acknowledged_at >= '2026-01-30'), 'she reads them in the days before she starts');
      assert.deepEqual(rows.filter((r) => r.email === 'leo.park@brightline.example' && r.policy_id === 'information-security').map((r) => r.version).sort(), [1, 2], 'asked again after the material change');
    });
  });
}
