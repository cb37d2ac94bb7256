import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../../test/engines.ts';
import { openCadenceFixture } from './cadence-fixture.ts';
import { createObligation } from './create-obligation.ts';

for (const engine of engines) {
  describe(`creating obligations on ${engine.name}`, { skip: engine.skip }, () => {
    test('a quarterly access review is stored and its creation is in the evidence log', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      const created = await createObligation(f.ctx, {
        id: 'access-review:aws',
        title: 'Quarterly access review: AWS',
        owner: 'security-lead',
        subject: { type: 'system', id: 'aws' },
        cadence: { every: 'P3M' },
        anchorOn: '2025-12-31',
        grace: 'P14D',
      });
      assert.deepEqual(created, {
        id: 'access-review:aws',
        title: 'Quarterly access review: AWS',
        owner: 'security-lead',
        subject: { type: 'system', id: 'aws' },
        cadence: { every: 'P3M' },
        anchorOn: '2025-12-31',
        grace: 'P14D',
        createdAt: '2026-01-05T10:00:00.000Z',
        retiredOn: null,
      });
      const [event, ...more] = await f.cadenceEvents();
      assert.equal(more.length, 0);
      assert.equal(event?.action, 'cadence.obligation.created');
      assert.equal(event?.subject_type, 'obligation');
      assert.equal(event?.subject_id, 'access-review:aws');
      assert.equal(event?.actor_id, 'maya@brightline.example');
      assert.deepEqual(JSON.parse(event?.data ?? ''), {
        anchorOn: '2025-12-31',
        cadence: { every: 'P3M' },
        grace: 'P14D',
        owner: 'security-lead',
        subject: { type: 'system', id: 'aws' },
        title: 'Quarterly access review: AWS',
      });
    });

    test('without an id a UUID is generated; listed due dates are kept in order; grace defaults to P0D', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      const created = await createObligation(f.ctx, {
        title: 'Security awareness training, 2026 cohort',
        owner: 'people-ops@brightline.example',
        cadence: { dates: ['2026-03-15', '2026-09-15'] },
        anchorOn: '2026-01-01',
      });
      assert.match(created.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.deepEqual(created.cadence, { dates: ['2026-03-15', '2026-09-15'] });
      assert.equal(created.grace, 'P0D');
      assert.equal(created.subject, null);
      assert.equal(await f.count('obligation_due_dates'), 2);
      assert.equal((await f.cadenceEvents()).length, 1);
    });

    test('an id already taken is a conflict, and the first obligation is untouched', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      const input = { id: 'policy-review:infosec', title: 'Yearly review: Information Security Policy', owner: 'cto', cadence: { every: 'P1Y' }, anchorOn: '2026-01-01' };
      await createObligation(f.ctx, input);
      await assert.rejects(createObligation(f.ctx, { ...input, title: 'Something else', cadence: { every: 'P1M' } }), {
        code: 'conflict',
        where: 'id',
      });
      assert.equal(await f.count('obligations'), 1);
      assert.equal((await f.cadenceEvents()).length, 1);
      const row = await f.workspace.store.db.selectFrom('obligations').selectAll().executeTakeFirstOrThrow();
      assert.equal(row.every, 'P1Y');
    });

    test('a cadence that is not whole calendar units is refused, naming the field, and nothing is written', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      const base = { id: 'x', title: 'Offboarding sweep', owner: 'it', anchorOn: '2026-01-01' };
      for (const every of ['PT1H', 'P1DT12H', 'P1MT0H', 'P0D', 'P0Y0M', 'P', '-P1M', 'P1.5M', 'quarterly', '3 months', 'P3m', '']) {
        await assert.rejects(createObligation(f.ctx, { ...base, cadence: { every } }), (error: Error & { code?: string; where?: string }) => {
          assert.equal(error.code, 'invalid_input', every);
          assert.equal(error.where, 'cadence.every', every);
          assert.match(error.message, /cadence\.every/);
          return true;
        });
      }
      await assert.rejects(createObligation(f.ctx, { ...base, cadence: { every: 'PT1H' } }), /time part/);
      await assert.rejects(createObligation(f.ctx, { ...base, cadence: { every: 'P0D' } }), /longer than zero/);
      assert.equal(await f.count('obligations'), 0);
      assert.equal(await f.count('evidence_events'), 0);
    });

    test('listed dates must be real, later than the anchor and strictly increasing; grace is days or weeks', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      const base = { id: 'x', title: 'Contract renewal', owner: 'finance', anchorOn: '2026-01-01' };
      const cases: [Parameters<typeof createObligation>[1], string][] = [
        [{ ...base, cadence: { dates: [] } }, 'cadence.dates'],
        [{ ...base, cadence: { dates: ['2026-03-01', '2026-03-01'] } }, 'cadence.dates[1]'],
        [{ ...base, cadence: { dates: ['2026-06-01', '2026-03-01'] } }, 'cadence.dates[1]'],
        [{ ...base, cadence: { dates: ['2026-01-01'] } }, 'cadence.dates[0]'],
        [{ ...base, cadence: { dates: ['2026-02-30'] } }, 'cadence.dates[0]'],
        [{ ...base, cadence: { dates: ['1 March 2026'] } }, 'cadence.dates[0]'],
        [{ ...base, anchorOn: '2026-13-01', cadence: { every: 'P1M' } }, 'anchorOn'],
        [{ ...base, cadence: { every: 'P1M' }, grace: 'P1M' }, 'grace'],
        [{ ...base, cadence: { every: 'P1M' }, grace: 'PT12H' }, 'grace'],
        [{ ...base, cadence: { every: 'P1M' }, title: '  ' }, 'title'],
        [{ ...base, cadence: { every: 'P1M' }, owner: '' }, 'owner'],
      ];
      for (const [input, where] of cases) {
        await assert.rejects(createObligation(f.ctx, input), { code: 'invalid_input', where }, where);
      }
      assert.equal(await f.count('obligations'), 0);
      assert.equal(await f.count('obligation_due_dates'), 0);
      assert.equal(await f.count('evidence_events'), 0);
    });
  });
}
