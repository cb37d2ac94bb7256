import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../../test/engines.ts';
import { openCadenceFixture } from './cadence-fixture.ts';
import { completeOccurrence } from './complete-occurrence.ts';
import { createObligation } from './create-obligation.ts';
import { dueNow } from './due-now.ts';
import { listOccurrences } from './list-occurrences.ts';
import { retireObligation } from './retire-obligation.ts';

const contractorReview = {
  id: 'access-review:contractor-lee',
  title: 'Monthly access check: Lee (contractor)',
  owner: 'it',
  subject: { type: 'person', id: 'lee' },
  cadence: { every: 'P1M' },
  anchorOn: '2026-01-31',
};

for (const engine of engines) {
  describe(`retiring obligations on ${engine.name}`, { skip: engine.skip }, () => {
    test('no occurrence is due after the retirement date, and the retirement is in the evidence log', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-02-10T10:00:00.000Z' });
      await createObligation(f.ctx, contractorReview);
      const retired = await retireObligation(f.ctx, { obligationId: contractorReview.id, retiredOn: '2026-04-15' });
      assert.equal(retired.retiredOn, '2026-04-15');
      const year = await listOccurrences(f.ctx, { obligationId: contractorReview.id, from: '2026-01-01', to: '2026-12-31' });
      assert.deepEqual(year.map((o) => o.dueOn), ['2026-02-28', '2026-03-31']);

      const [, event] = await f.cadenceEvents();
      assert.equal(event?.action, 'cadence.obligation.retired');
      assert.equal(event?.subject_id, contractorReview.id);
      assert.deepEqual(JSON.parse(event?.data ?? ''), { retiredOn: '2026-04-15' });

      f.clock.set('2026-06-01T10:00:00.000Z');
      assert.deepEqual((await dueNow(f.ctx)).map((d) => [d.occurrence.dueOn, d.occurrence.status]), [
        ['2026-02-28', 'missed'],
        ['2026-03-31', 'missed'],
      ]);
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: contractorReview.id, dueOn: '2026-04-30' }), { code: 'invalid_input', where: 'dueOn' });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: contractorReview.id }), { code: 'invalid_input', where: 'dueOn' });
    });

    test('retiring twice is a conflict; a retirement that would drop a completed occurrence is refused', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-03-25T10:00:00.000Z' });
      await createObligation(f.ctx, contractorReview);
      await completeOccurrence(f.ctx, { obligationId: contractorReview.id });
      const events = await f.count('evidence_events');
      await assert.rejects(retireObligation(f.ctx, { obligationId: contractorReview.id, retiredOn: '2026-03-01' }), {
        code: 'invalid_input',
        where: 'retiredOn',
        message: /would remove the occurrence due 2026-03-31, which is completed/,
      });
      await assert.rejects(retireObligation(f.ctx, { obligationId: contractorReview.id, retiredOn: '2025-12-31' }), { code: 'invalid_input', where: 'retiredOn' });
      await assert.rejects(retireObligation(f.ctx, { obligationId: contractorReview.id, retiredOn: 'end of March' }), { code: 'invalid_input', where: 'retiredOn' });
      await assert.rejects(retireObligation(f.ctx, { obligationId: 'nobody', retiredOn: '2026-04-01' }), { code: 'not_found' });
      assert.equal(await f.count('evidence_events'), events);

      await retireObligation(f.ctx, { obligationId: contractorReview.id, retiredOn: '2026-03-31' });
      await assert.rejects(retireObligation(f.ctx, { obligationId: contractorReview.id, retiredOn: '2026-04-30' }), { code: 'conflict' });
      assert.equal(await f.count('evidence_events'), events + 1);
      const row = await f.workspace.store.db.selectFrom('obligations').select('retired_on').executeTakeFirstOrThrow();
      assert.equal(row.retired_on, '2026-03-31');
    });
  });
}
