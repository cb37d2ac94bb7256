import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock, testActor } from '../../test/engines.ts';
import { offboardCompletely } from '../../test/people.ts';
import { publishTemplate } from '../../test/policies.ts';
import { coreMarks } from '../controls/control.ts';
import { updateSecuritySettings } from '../identity/security-settings.ts';
import { addPerson } from '../people/add-person.ts';
import { completeItem } from '../people/complete-item.ts';
import { startOffboarding } from '../people/start-offboarding.ts';
import { addSystem } from '../systems/add-system.ts';
import { updateSystem } from '../systems/update-system.ts';
import { attachControlEvidence, recordControlException } from './control-records.ts';
import { readinessHistory, readinessType1, readinessType2 } from './readiness.ts';

const restoreReport = { name: 'restore-test-2026-02.md', bytes: new TextEncoder().encode('# Restore test\nRestored the 1 Feb backup of the production database in 42 minutes.\n') };

for (const engine of engines) {
  describe(`readiness on ${engine.name}`, { skip: engine.skip }, () => {
    test('Type 1 is computed from the records of its date, and the gaps start with the day-one policies', async () => {
      const clock = manualClock('2026-01-05T15:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        const empty = await readinessType1(ctx);
        assert.equal(empty.score.met, 0);
        assert.equal(empty.gaps.length, empty.score.total);
        const ranks = empty.gaps.map((gap) => (gap.core ? coreMarks.indexOf(gap.core) : coreMarks.length));
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'day-one policies, then the three core controls, then the rest');
        assert.equal(empty.gaps[0]!.core, 'day-one-policy');
        assert.match(empty.gaps[0]!.next, /Adopt, approve and publish/);

        clock.set('2026-01-12T15:00:00Z');
        await publishTemplate(ctx, 'information-security');
        const now = await readinessType1(ctx);
        const isp = now.controls.find((c) => c.control.id === 'GV-02')!;
        assert.ok(isp.ready, isp.inPlace.summary);
        assert.match(isp.inPlace.summary, /Information Security Policy v1 published 2026-01-12/);
        assert.ok(!now.gaps.some((g) => g.controlId === 'GV-02'));

        // As of the day before, the policy was not yet in force.
        const before = await readinessType1(ctx, { asOf: '2026-01-11' });
        assert.ok(!before.controls.find((c) => c.control.id === 'GV-02')!.ready);
        assert.equal(before.asOf, '2026-01-11');

        await assert.rejects(readinessType1(ctx, { asOf: '2026-02-01' }), (e: Error & { where?: string }) => e.where === 'asOf' && /after today/.test(e.message));
        await assert.rejects(readinessType1(ctx, { asOf: '2026-13-01' }), (e: Error & { where?: string }) => e.where === 'asOf');
      } finally {
        await workspace.close();
      }
    });

    test('a manual control is in place with its attachment, and Type 2 wants one per period unless an exception explains it', async () => {
      const clock = manualClock('2026-01-20T15:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        await publishTemplate(ctx, 'business-continuity');
        const restore = () => readinessType1(ctx).then((r) => r.controls.find((c) => c.control.id === 'BC-02')!);
        assert.match((await restore()).inPlace.summary, /manual: no evidence attached yet/);
        await attachControlEvidence(ctx, { controlId: 'bc-02', file: restoreReport, effectiveAt: new Date('2026-01-15T18:00:00Z') });
        const attached = await restore();
        assert.ok(attached.ready, attached.inPlace.summary);
        assert.match(attached.inPlace.summary, /restore-test-2026-02\.md/);

        clock.set('2027-01-10T15:00:00Z');
        // A restore test every six months: the first half has one, the second none.
        const year = () => readinessType2(ctx, { from: '2026-01-01', to: '2026-12-31' }).then((r) => r.controls.find((c) => c.control.id === 'BC-02')!);
        const missed = await year();
        assert.deepEqual(
          missed.items.map((i) => [i.ref, i.result]),
          [
            ['period:2026-01-01', 'ok'],
            ['period:2026-07-01', 'failed'],
          ],
        );
        assert.equal(missed.consistent, false);
        assert.match(missed.next!, /groundwork readiness except BC-02/);
        // A year on, the January test is older than its six-month period.
        assert.match((await restore()).inPlace.summary, /older than its period/);

        await recordControlException(ctx, { controlId: 'BC-02', ref: 'period:2026-07-01', reason: 'The database moved to a new provider in July; the restore was tested in January 2027.' });
        const explained = await year();
        assert.equal(explained.consistent, true);
        assert.equal(explained.counts.excepted, 1);
        assert.match(explained.items[1]!.exception!.reason, /new provider/);

        await assert.rejects(recordControlException(ctx, { controlId: 'BC-02', ref: 'period:2026-07-01', reason: 'late' }), (e: Error & { where?: string }) => e.where === 'reason');
        await assert.rejects(attachControlEvidence(ctx, { controlId: 'ZZ-99', file: restoreReport }), (e: Error & { code?: string }) => e.code === 'not_found' && /ZZ-99/.test(e.message));
        await assert.rejects(readinessType2(ctx, { from: '2026-12-31', to: '2026-01-01' }), (e: Error & { where?: string }) => e.where === 'to');
        await assert.rejects(readinessType2(ctx, { from: '2024-01-01', to: '2026-12-31' }), /longer than 24 months/);
        await assert.rejects(readinessType2(ctx, { from: '2026-01-01' }), (e: Error & { where?: string }) => e.where === 'to');
      } finally {
        await workspace.close();
      }
    });

    test('MFA is judged by the settings of the date asked about, read from the log, not as they are now', async () => {
      const clock = manualClock('2026-02-02T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        await addSystem(ctx, { name: 'AWS', category: 'cloud-provider', owner: 'maya@brightline.example', classification: 'confidential' });
        clock.set('2026-03-10T15:00:00Z');
        await updateSecuritySettings(ctx, workspace.config.oidc, { mfaRequiredForAll: true });
        clock.set('2026-04-06T15:00:00Z');
        await updateSystem(ctx, 'aws', { mfaEnforced: true });
        clock.set('2026-05-01T15:00:00Z');
        const mfaAsOf = async (asOf: string) => (await readinessType1(ctx, { asOf })).controls.find((c) => c.control.id === 'AC-08')!.inPlace.summary;
        assert.equal(await mfaAsOf('2026-03-01'), 'Groundwork does not require a second factor of every user; MFA not enforced on AWS');
        assert.equal(await mfaAsOf('2026-03-31'), 'MFA not enforced on AWS');
        assert.equal(await mfaAsOf('2026-04-30'), 'MFA required in Groundwork and enforced on all 1 in-scope system, with no active account without it');
        const months = (await readinessType2(ctx, { from: '2026-02-01', to: '2026-04-30' })).controls.find((c) => c.control.id === 'AC-08')!.items;
        assert.deepEqual(months.map((i) => [i.date, i.result]), [['2026-02-28', 'failed'], ['2026-03-31', 'failed'], ['2026-04-30', 'ok']]);
      } finally {
        await workspace.close();
      }
    });

    test('Type 2 counts every leaver in the window, and a late revocation breaks consistency', async () => {
      const clock = manualClock('2026-03-02T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        await addPerson(ctx, { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', title: 'CEO', startOn: '2025-01-06' });
        await addPerson(ctx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', title: 'Engineer', manager: 'maya@brightline.example', startOn: '2025-02-03' });
        await addPerson(ctx, { name: 'Ana Ruiz', email: 'ana@brightline.example', kind: 'contractor', title: 'Designer', manager: 'maya@brightline.example', startOn: '2025-05-05', endOn: '2026-06-30' });
        await offboardCompletely(ctx, 'lee@brightline.example', '2026-03-02T22:00:00Z');
        // Ana's access is removed two days after her last day.
        const late = await startOffboarding(ctx, { person: 'ana@brightline.example', terminatesAt: new Date('2026-03-03T22:00:00Z'), reason: 'contract-end' });
        clock.set('2026-03-05T15:00:00Z');
        for (const item of late.items) await completeItem(ctx, { checklistId: late.id, key: item.key, outcome: item.key === 'email-forwarding' ? 'none' : undefined });

        clock.set('2026-04-01T15:00:00Z');
        const report = await readinessType2(ctx, { from: '2026-03-01', to: '2026-03-31' });
        const leavers = report.controls.find((c) => c.control.id === 'AC-04')!;
        assert.deepEqual(
          leavers.items.map((i) => [i.label, i.result]),
          [
            ['Lee Park (voluntary)', 'ok'],
            ['Ana Ruiz (contract-end)', 'late'],
          ],
        );
        assert.equal(leavers.consistent, false);
        const gap = report.gaps.find((g) => g.controlId === 'AC-04')!;
        assert.match(gap.problem, /Ana Ruiz \(contract-end\): access removed 2 days late/);
        // Outside the window, nobody left.
        const april = await readinessType2(ctx, { from: '2026-04-01', to: '2026-04-30' });
        assert.deepEqual(april.controls.find((c) => c.control.id === 'AC-04')!.items, []);

        // As of a date between her last day and the revocation, her access was still open; once recorded, it was not.
        const offboardingAsOf = async (asOf: string) => (await readinessType1(ctx, { asOf })).controls.find((c) => c.control.id === 'AC-04')!.inPlace;
        assert.deepEqual(await offboardingAsOf('2026-03-04'), { ok: false, summary: '1 leaver with access still open past the last day: Ana Ruiz', next: 'Offboard them and revoke every access on the checklist today (People → the person → Offboard).' });
        assert.deepEqual(await offboardingAsOf('2026-03-05'), { ok: true, summary: '2 offboardings, none with access left open past the last day' });

        const directory = (await readinessType1(ctx)).controls.find((c) => c.control.id === 'GV-09')!;
        assert.ok(directory.inPlace.ok, directory.inPlace.summary);
        const history = await readinessHistory(ctx, { months: 3 });
        assert.equal(history.at(-1)!.date, '2026-04-01');
        assert.ok(history.every((p) => p.total === report.score.total));
      } finally {
        await workspace.close();
      }
    });
  });
}
