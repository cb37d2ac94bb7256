import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../../test/engines.ts';
import { openCadenceFixture } from './cadence-fixture.ts';
import { completeOccurrence } from './complete-occurrence.ts';
import { createObligation } from './create-obligation.ts';
import { listObligations } from './list-obligations.ts';
import { retireObligation } from './retire-obligation.ts';

for (const engine of engines) {
  describe(`listing obligations on ${engine.name}`, { skip: engine.skip }, () => {
    test('each obligation shows its next due occurrence and its record of on-time, late, missed and open', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2025-12-01T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'access-review:aws', title: 'Access review: AWS', owner: 'security-lead', cadence: { every: 'P3M' }, anchorOn: '2025-12-31', grace: 'P14D' });
      await createObligation(f.ctx, { id: 'access-review:github', title: 'Access review: GitHub', owner: 'security-lead', cadence: { every: 'P3M' }, anchorOn: '2025-12-31' });
      await createObligation(f.ctx, { id: 'vendor-review', title: 'Vendor review', owner: 'cto', cadence: { every: 'P1M' }, anchorOn: '2026-01-15' });

      f.clock.set('2026-03-31T12:00:00.000Z');
      await completeOccurrence(f.ctx, { obligationId: 'access-review:aws' });
      f.clock.set('2026-07-05T12:00:00.000Z');
      await completeOccurrence(f.ctx, { obligationId: 'access-review:aws', dueOn: '2026-06-30' });
      await completeOccurrence(f.ctx, { obligationId: 'access-review:github', dueOn: '2026-06-30' });
      await retireObligation(f.ctx, { obligationId: 'vendor-review', retiredOn: '2026-04-30' });

      f.clock.set('2026-10-03T12:00:00.000Z');
      const overview = await listObligations(f.ctx);
      const summary = overview.map(({ id, counts, nextDue, retiredOn }) => ({
        id,
        counts,
        retiredOn,
        nextDue: nextDue && [nextDue.dueOn, nextDue.status, nextDue.overdueDays],
      }));
      assert.deepEqual(summary, [
        { id: 'access-review:aws', counts: { on_time: 1, late: 1, missed: 0, open: 2 }, retiredOn: null, nextDue: ['2026-09-30', 'open', 3] },
        { id: 'access-review:github', counts: { on_time: 0, late: 1, missed: 2, open: 1 }, retiredOn: null, nextDue: ['2026-12-31', 'open', undefined] },
        { id: 'vendor-review', counts: { on_time: 0, late: 0, missed: 3, open: 0 }, retiredOn: '2026-04-30', nextDue: null },
      ]);
      assert.equal(overview[0]?.title, 'Access review: AWS');
    });

    test('an obligation whose first occurrence has not opened shows it as upcoming', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'dr-test', title: 'Disaster recovery test', owner: 'ops', cadence: { every: 'P6M' }, anchorOn: '2026-02-27' });
      const [only] = await listObligations(f.ctx);
      assert.deepEqual([only?.nextDue?.dueOn, only?.nextDue?.status], ['2026-08-27', 'upcoming']);
      assert.deepEqual(only?.counts, { on_time: 0, late: 0, missed: 0, open: 0 });
    });
  });
}
