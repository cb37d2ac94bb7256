import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../../test/engines.ts';
import { openCadenceFixture } from './cadence-fixture.ts';
import { completeOccurrence } from './complete-occurrence.ts';
import { createObligation } from './create-obligation.ts';
import { dueNow } from './due-now.ts';

for (const engine of engines) {
  describe(`what is due now on ${engine.name}`, { skip: engine.skip }, () => {
    test('missed and open occurrences across obligations, oldest first; completed ones drop out', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'access-review:aws', title: 'Access review: AWS', owner: 'security-lead', subject: { type: 'system', id: 'aws' }, cadence: { every: 'P3M' }, anchorOn: '2025-12-31', grace: 'P14D' });
      await createObligation(f.ctx, { id: 'policy-review:infosec', title: 'Yearly review: Information Security Policy', owner: 'cto', cadence: { every: 'P1Y' }, anchorOn: '2025-09-01' });
      await createObligation(f.ctx, { id: 'training:2026', title: 'Security awareness training', owner: 'people-ops', cadence: { dates: ['2026-05-15', '2026-11-15'] }, anchorOn: '2026-01-01' });
      await createObligation(f.ctx, { id: 'offboarding:sam', title: 'Offboard Sam Ortiz the same day', owner: 'it', subject: { type: 'person', id: 'sam' }, cadence: { dates: ['2026-07-08'] }, anchorOn: '2026-07-07' });
      f.clock.set('2026-03-30T10:00:00.000Z');
      await completeOccurrence(f.ctx, { obligationId: 'access-review:aws' });

      f.clock.set('2026-07-08T09:00:00.000Z');
      const due = await dueNow(f.ctx);
      assert.deepEqual(
        due.map(({ obligation, occurrence }) => [obligation.id, occurrence.dueOn, occurrence.status, occurrence.overdueDays]),
        [
          ['training:2026', '2026-05-15', 'missed', undefined],
          ['access-review:aws', '2026-06-30', 'open', 8],
          ['offboarding:sam', '2026-07-08', 'open', undefined],
          ['policy-review:infosec', '2026-09-01', 'open', undefined],
          ['access-review:aws', '2026-09-30', 'open', undefined],
          ['training:2026', '2026-11-15', 'open', undefined],
        ],
      );
      assert.deepEqual(due.find((d) => d.obligation.id === 'offboarding:sam')?.obligation, {
        id: 'offboarding:sam',
        title: 'Offboard Sam Ortiz the same day',
        owner: 'it',
        subject: { type: 'person', id: 'sam' },
      });

      await completeOccurrence(f.ctx, { obligationId: 'offboarding:sam', note: 'Accounts disabled at 10:40' });
      await completeOccurrence(f.ctx, { obligationId: 'access-review:aws', dueOn: '2026-06-30' });
      const after = await dueNow(f.ctx);
      assert.deepEqual(after.map((d) => d.occurrence.dueOn), ['2026-05-15', '2026-09-01', '2026-09-30', '2026-11-15']);
      assert.equal(after.find((d) => d.occurrence.dueOn === '2026-09-30')?.obligation.id, 'access-review:aws');
    });

    test('an empty workspace, or one whose obligations have not opened yet, has nothing due', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      assert.deepEqual(await dueNow(f.ctx), []);
      await createObligation(f.ctx, { id: 'pentest', title: 'Yearly penetration test', owner: 'cto', cadence: { every: 'P1Y' }, anchorOn: '2026-01-05' });
      assert.deepEqual(await dueNow(f.ctx), []);
      f.clock.set('2026-01-06T00:00:00.000Z');
      assert.deepEqual((await dueNow(f.ctx)).map((d) => [d.occurrence.dueOn, d.occurrence.status]), [['2027-01-05', 'open']]);
    });
  });
}
