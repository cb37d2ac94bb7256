import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../../test/engines.ts';
import { openCadenceFixture } from './cadence-fixture.ts';
import { createObligation } from './create-obligation.ts';
import { listOccurrences } from './list-occurrences.ts';

const dueDates = (occurrences: { dueOn: string }[]) => occurrences.map((o) => o.dueOn);

for (const engine of engines) {
  describe(`listing occurrences on ${engine.name}`, { skip: engine.skip }, () => {
    test('a quarterly review anchored on 31 December stays on quarter ends, years later too', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'access-review:aws', title: 'Access review: AWS', owner: 'cto', cadence: { every: 'P3M' }, anchorOn: '2025-12-31' });
      const year = await listOccurrences(f.ctx, { obligationId: 'access-review:aws', from: '2026-01-01', to: '2026-12-31' });
      assert.deepEqual(dueDates(year), ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
      assert.deepEqual(year.map((o) => o.index), [1, 2, 3, 4]);
      const later = await listOccurrences(f.ctx, { obligationId: 'access-review:aws', from: '2030-01-01', to: '2030-12-31' });
      assert.deepEqual(dueDates(later), ['2030-03-31', '2030-06-30', '2030-09-30', '2030-12-31']);
      assert.deepEqual(later.map((o) => o.index), [17, 18, 19, 20]);
    });

    test('monthly from 31 January falls on each month end, 29 February in a leap year', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'payroll-access', title: 'Payroll access check', owner: 'finance', cadence: { every: 'P1M' }, anchorOn: '2026-01-31' });
      const spring = await listOccurrences(f.ctx, { obligationId: 'payroll-access', from: '2026-02-01', to: '2026-05-31' });
      assert.deepEqual(dueDates(spring), ['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
      const leap = await listOccurrences(f.ctx, { obligationId: 'payroll-access', from: '2028-02-01', to: '2028-03-31' });
      assert.deepEqual(dueDates(leap), ['2028-02-29', '2028-03-31']);
    });

    test('quarterly from 30 September keeps to quarter ends: 31 December, 31 March, 30 June', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-10-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'access-review:crm', title: 'Access review: CRM', owner: 'cto', cadence: { every: 'P3M' }, anchorOn: '2026-09-30' });
      const occurrences = await listOccurrences(f.ctx, { obligationId: 'access-review:crm', from: '2026-10-01', to: '2027-09-30' });
      assert.deepEqual(dueDates(occurrences), ['2026-12-31', '2027-03-31', '2027-06-30', '2027-09-30']);
    });

    test('yearly from 29 February 2024 is due on 28 February, and on 29 February in leap years', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'bcp-test', title: 'Business continuity test', owner: 'cto', cadence: { every: 'P1Y' }, anchorOn: '2024-02-29' });
      const occurrences = await listOccurrences(f.ctx, { obligationId: 'bcp-test', from: '2024-01-01', to: '2028-12-31' });
      assert.deepEqual(dueDates(occurrences), ['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    });

    test('listed due dates: each occurrence opens the day after the previous one is due', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, {
        id: 'soc2-type2-window',
        title: 'Evidence pull for the auditor',
        owner: 'cto',
        cadence: { dates: ['2026-03-15', '2026-07-01', '2026-11-30'] },
        anchorOn: '2026-01-01',
        grace: 'P1W',
      });
      const all = await listOccurrences(f.ctx, { obligationId: 'soc2-type2-window', from: '2025-01-01', to: '2027-12-31' });
      assert.deepEqual(
        all.map(({ index, dueOn, opensAt, dueAt, graceEndsAt }) => ({ index, dueOn, opensAt, dueAt, graceEndsAt })),
        [
          { index: 1, dueOn: '2026-03-15', opensAt: '2026-01-02T00:00:00.000Z', dueAt: '2026-03-16T00:00:00.000Z', graceEndsAt: '2026-03-23T00:00:00.000Z' },
          { index: 2, dueOn: '2026-07-01', opensAt: '2026-03-16T00:00:00.000Z', dueAt: '2026-07-02T00:00:00.000Z', graceEndsAt: '2026-07-09T00:00:00.000Z' },
          { index: 3, dueOn: '2026-11-30', opensAt: '2026-07-02T00:00:00.000Z', dueAt: '2026-12-01T00:00:00.000Z', graceEndsAt: '2026-12-08T00:00:00.000Z' },
        ],
      );
      const part = await listOccurrences(f.ctx, { obligationId: 'soc2-type2-window', from: '2026-07-01', to: '2026-11-29' });
      assert.deepEqual(part.map((o) => [o.index, o.dueOn]), [[2, '2026-07-01']]);
    });

    test('in New York, a due date on the spring-forward day ends at the next local midnight, 04:00 UTC', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { timeZone: 'America/New_York', now: '2026-01-05T15:00:00.000Z' });
      await createObligation(f.ctx, { id: 'backup-restore', title: 'Backup restore test', owner: 'ops', cadence: { every: 'P1M' }, anchorOn: '2026-02-08' });
      const [march, april] = await listOccurrences(f.ctx, { obligationId: 'backup-restore', from: '2026-03-01', to: '2026-04-30' });
      // 8 March 2026 has 23 hours in New York: it starts at 05:00 UTC (EST) and ends at 04:00 UTC (EDT).
      assert.equal(march?.dueOn, '2026-03-08');
      assert.equal(march?.opensAt, '2026-02-09T05:00:00.000Z');
      assert.equal(march?.dueAt, '2026-03-09T04:00:00.000Z');
      assert.equal(april?.dueOn, '2026-04-08');
      assert.equal(april?.opensAt, '2026-03-09T04:00:00.000Z');
      assert.equal(april?.dueAt, '2026-04-09T04:00:00.000Z');
    });

    test('in Berlin, a due date on the fall-back day ends at the next local midnight, 23:00 UTC', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { timeZone: 'Europe/Berlin', now: '2026-09-01T08:00:00.000Z' });
      await createObligation(f.ctx, { id: 'firewall-review', title: 'Firewall rule review', owner: 'ops', cadence: { every: 'P1M' }, anchorOn: '2026-09-25', grace: 'P1D' });
      const [october] = await listOccurrences(f.ctx, { obligationId: 'firewall-review', from: '2026-10-01', to: '2026-10-31' });
      // 25 October 2026 has 25 hours in Berlin: it starts at 22:00 UTC the day before (CEST) and ends at 23:00 UTC (CET).
      assert.equal(october?.dueOn, '2026-10-25');
      assert.equal(october?.opensAt, '2026-09-25T22:00:00.000Z');
      assert.equal(october?.dueAt, '2026-10-25T23:00:00.000Z');
      assert.equal(october?.graceEndsAt, '2026-10-26T23:00:00.000Z');
    });

    test('statuses are computed at the clock: upcoming, open, then missed when the grace ends', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-03-15T12:00:00.000Z' });
      await createObligation(f.ctx, { id: 'access-review:github', title: 'Access review: GitHub', owner: 'cto', cadence: { every: 'P3M' }, anchorOn: '2025-12-31', grace: 'P14D' });
      const statuses = async () =>
        (await listOccurrences(f.ctx, { obligationId: 'access-review:github', from: '2026-01-01', to: '2026-06-30' })).map(({ dueOn, status, overdueDays }) => ({ dueOn, status, overdueDays }));
      assert.deepEqual(await statuses(), [
        { dueOn: '2026-03-31', status: 'open', overdueDays: undefined },
        { dueOn: '2026-06-30', status: 'upcoming', overdueDays: undefined },
      ]);
      f.clock.set('2026-04-05T12:00:00.000Z');
      assert.deepEqual(await statuses(), [
        { dueOn: '2026-03-31', status: 'open', overdueDays: 5 },
        { dueOn: '2026-06-30', status: 'open', overdueDays: undefined },
      ]);
      f.clock.set('2026-04-14T23:59:59.999Z');
      assert.deepEqual((await statuses())[0], { dueOn: '2026-03-31', status: 'open', overdueDays: 14 });
      f.clock.set('2026-04-15T00:00:00.000Z');
      assert.deepEqual((await statuses())[0], { dueOn: '2026-03-31', status: 'missed', overdueDays: undefined });
    });

    test('a range is bounded: far-future ranges are computed directly, and too many occurrences are refused', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, { id: 'log-review', title: 'Daily log review', owner: 'ops', cadence: { every: 'P1D' }, anchorOn: '2026-01-01' });
      const december = await listOccurrences(f.ctx, { obligationId: 'log-review', from: '2999-12-01', to: '2999-12-31' });
      assert.equal(december.length, 31);
      assert.equal(december[0]?.dueOn, '2999-12-01');
      await assert.rejects(listOccurrences(f.ctx, { obligationId: 'log-review', from: '2026-01-01', to: '2036-01-01' }), { code: 'invalid_input', where: 'to' });
      await assert.rejects(listOccurrences(f.ctx, { obligationId: 'log-review', from: '2026-02-01', to: '2026-01-01' }), { code: 'invalid_input', where: 'to' });
      await assert.rejects(listOccurrences(f.ctx, { obligationId: 'log-review', from: '2026-02-31', to: '2026-03-01' }), { code: 'invalid_input', where: 'from' });
      await assert.rejects(listOccurrences(f.ctx, { obligationId: 'nope', from: '2026-01-01', to: '2026-03-01' }), { code: 'not_found' });
      const before = await listOccurrences(f.ctx, { obligationId: 'log-review', from: '2020-01-01', to: '2026-01-01' });
      assert.deepEqual(before, []);
    });
  });
}
