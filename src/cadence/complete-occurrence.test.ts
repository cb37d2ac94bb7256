import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../../test/engines.ts';
import { inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { openCadenceFixture } from './cadence-fixture.ts';
import { completeOccurrence } from './complete-occurrence.ts';
import { createObligation } from './create-obligation.ts';
import { listOccurrences } from './list-occurrences.ts';

const quarterlyAws = {
  id: 'access-review:aws',
  title: 'Quarterly access review: AWS',
  owner: 'security-lead',
  subject: { type: 'system', id: 'aws' },
  cadence: { every: 'P3M' },
  anchorOn: '2025-12-31',
  grace: 'P14D',
};

for (const engine of engines) {
  describe(`completing occurrences on ${engine.name}`, { skip: engine.skip }, () => {
    test('a review done on 30 June and entered on 8 July is on time, effective 30 June, and proved by its event', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, quarterlyAws);
      f.clock.set('2026-07-08T09:30:00.000Z');
      const done = await completeOccurrence(f.ctx, {
        obligationId: 'access-review:aws',
        effectiveAt: new Date('2026-06-30T16:00:00.000Z'),
        note: 'Two stale IAM users removed',
      });
      assert.equal(done.dueOn, '2026-06-30');
      assert.equal(done.status, 'on_time');
      assert.equal(done.lateDays, undefined);
      const [, completed] = await f.cadenceEvents();
      assert.equal(completed?.action, 'cadence.occurrence.completed');
      assert.equal(completed?.subject_type, 'obligation');
      assert.equal(completed?.subject_id, 'access-review:aws');
      assert.equal(completed?.effective_at, '2026-06-30T16:00:00.000Z');
      assert.equal(completed?.recorded_at, '2026-07-08T09:30:00.000Z');
      assert.deepEqual(JSON.parse(completed?.data ?? ''), { dueOn: '2026-06-30', note: 'Two stale IAM users removed' });
      assert.deepEqual(done.completion, {
        effectiveAt: '2026-06-30T16:00:00.000Z',
        recordedAt: '2026-07-08T09:30:00.000Z',
        evidenceSeq: completed?.seq,
        note: 'Two stale IAM users removed',
      });
      const listed = await listOccurrences(f.ctx, { obligationId: 'access-review:aws', from: '2026-06-30', to: '2026-06-30' });
      assert.deepEqual(listed, [done]);
    });

    test('a completion after the due date is late and says by how many days', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-04-03T10:00:00.000Z' });
      await createObligation(f.ctx, quarterlyAws);
      const done = await completeOccurrence(f.ctx, { obligationId: 'access-review:aws' });
      assert.equal(done.dueOn, '2026-03-31');
      assert.equal(done.status, 'late');
      assert.equal(done.lateDays, 3);
    });

    test('the one instant after the due end is late by a day, in the workspace time zone across DST', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { timeZone: 'Europe/Berlin', now: '2026-10-26T12:00:00.000Z' });
      await createObligation(f.ctx, { id: 'firewall-review', title: 'Firewall rule review', owner: 'ops', cadence: { every: 'P1M' }, anchorOn: '2026-09-25', grace: 'P7D' });
      await createObligation(f.ctx, { id: 'vpn-review', title: 'VPN user review', owner: 'ops', cadence: { every: 'P1M' }, anchorOn: '2026-09-25', grace: 'P7D' });
      // 23:30 local on 25 October (CET, UTC+1) is still the due date: a fixed +2 offset would call it late.
      const onTime = await completeOccurrence(f.ctx, { obligationId: 'firewall-review', effectiveAt: new Date('2026-10-25T22:30:00.000Z') });
      assert.equal(onTime.status, 'on_time');
      const late = await completeOccurrence(f.ctx, { obligationId: 'vpn-review', effectiveAt: new Date('2026-10-25T23:00:00.000Z') });
      assert.deepEqual([late.dueOn, late.status, late.lateDays], ['2026-10-25', 'late', 1]);

      const ny = await openCadenceFixture(t, engine.name, { timeZone: 'America/New_York', now: '2026-03-10T12:00:00.000Z' });
      await createObligation(ny.ctx, { id: 'backup-restore', title: 'Backup restore test', owner: 'ops', cadence: { every: 'P1M' }, anchorOn: '2026-02-08', grace: 'P7D' });
      await createObligation(ny.ctx, { id: 'key-rotation', title: 'Key rotation', owner: 'ops', cadence: { every: 'P1M' }, anchorOn: '2026-02-08', grace: 'P7D' });
      const beforeMidnight = await completeOccurrence(ny.ctx, { obligationId: 'backup-restore', effectiveAt: new Date('2026-03-09T03:59:59.999Z') });
      assert.equal(beforeMidnight.status, 'on_time');
      const afterMidnight = await completeOccurrence(ny.ctx, { obligationId: 'key-rotation', effectiveAt: new Date('2026-03-09T04:00:00.000Z') });
      assert.deepEqual([afterMidnight.dueOn, afterMidnight.status, afterMidnight.lateDays], ['2026-03-08', 'late', 1]);
    });

    test('a missed occurrence is completed late only when named; unnamed work counts toward the open one', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-05-10T10:00:00.000Z' });
      await createObligation(f.ctx, quarterlyAws);
      const current = await completeOccurrence(f.ctx, { obligationId: 'access-review:aws' });
      assert.deepEqual([current.dueOn, current.status], ['2026-06-30', 'on_time']);
      const missed = await completeOccurrence(f.ctx, { obligationId: 'access-review:aws', dueOn: '2026-03-31' });
      assert.deepEqual([missed.dueOn, missed.status, missed.lateDays], ['2026-03-31', 'late', 40]);

      await createObligation(f.ctx, {
        id: 'contractor-end:lee',
        title: 'Confirm access removed at the end of Lee’s contract',
        owner: 'it',
        cadence: { dates: ['2026-04-30'] },
        anchorOn: '2026-04-01',
      });
      const before = await f.count('evidence_events');
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: 'contractor-end:lee' }), {
        code: 'invalid_input',
        where: 'dueOn',
        message: /no occurrence of "contractor-end:lee" is open on 2026-05-10.*name the occurrence with dueOn/,
      });
      assert.equal(await f.count('evidence_events'), before);
      const named = await completeOccurrence(f.ctx, { obligationId: 'contractor-end:lee', dueOn: '2026-04-30' });
      assert.deepEqual([named.status, named.lateDays], ['late', 10]);
    });

    test('the completion links the domain event that proves it, when given', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-01-05T10:00:00.000Z' });
      await createObligation(f.ctx, quarterlyAws);
      f.clock.set('2026-03-30T15:00:00.000Z');
      const signedOff = await inTransaction(f.ctx, (tx) =>
        appendEvent(tx, { action: 'reviews.review.signed_off', subject: { type: 'review', id: 'aws-2026-q1' }, data: { revoked: 2 } }),
      );
      const done = await completeOccurrence(f.ctx, { obligationId: 'access-review:aws', proofSeq: signedOff.seq });
      assert.equal(done.completion?.evidenceSeq, signedOff.seq);
      const completed = (await f.cadenceEvents()).find((e) => e.action === 'cadence.occurrence.completed');
      assert.ok(completed && completed.seq > signedOff.seq);
      assert.deepEqual(JSON.parse(completed.data), { dueOn: '2026-03-31', proofSeq: signedOff.seq });
      const row = await f.workspace.store.db.selectFrom('obligation_completions').selectAll().executeTakeFirstOrThrow();
      assert.equal(row.evidence_seq, signedOff.seq);

      f.clock.set('2026-06-29T15:00:00.000Z');
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: 'access-review:aws', proofSeq: 999 }), {
        code: 'invalid_input',
        where: 'proofSeq',
      });
      assert.equal(await f.count('obligation_completions'), 1);
    });

    test('completing an occurrence twice is a conflict, and the first completion stands', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-03-20T10:00:00.000Z' });
      await createObligation(f.ctx, quarterlyAws);
      await completeOccurrence(f.ctx, { obligationId: 'access-review:aws', note: 'first' });
      const events = await f.count('evidence_events');
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: 'access-review:aws', dueOn: '2026-03-31', note: 'second' }), {
        code: 'conflict',
        where: 'dueOn',
      });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: 'access-review:aws' }), { code: 'conflict' });
      assert.equal(await f.count('evidence_events'), events);
      assert.equal(await f.count('obligation_completions'), 1);
      const [occurrence] = await listOccurrences(f.ctx, { obligationId: 'access-review:aws', from: '2026-03-31', to: '2026-03-31' });
      assert.equal(occurrence?.completion?.note, 'first');
    });

    test('bad input is refused with the field named, and nothing is written', async (t) => {
      const f = await openCadenceFixture(t, engine.name, { now: '2026-03-20T10:00:00.000Z' });
      await createObligation(f.ctx, quarterlyAws);
      const before = await f.count('evidence_events');
      const id = 'access-review:aws';
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: id, dueOn: '2026-06-30', effectiveAt: new Date('2026-03-20T09:00:00.000Z') }), {
        code: 'invalid_input',
        where: 'effectiveAt',
        message: /before the occurrence due 2026-06-30 opens \(2026-04-01T00:00:00.000Z\)/,
      });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: id, effectiveAt: new Date('2026-03-21T00:00:00.000Z') }), {
        code: 'invalid_input',
        where: 'effectiveAt',
      });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: id, effectiveAt: new Date('not a date') }), { code: 'invalid_input', where: 'effectiveAt' });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: id, dueOn: '2026-04-30' }), {
        code: 'invalid_input',
        where: 'dueOn',
        message: /2026-04-30 is not a due date of "access-review:aws" \(the nearest: 2026-03-31 and 2026-06-30\)/,
      });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: id, dueOn: '30/06/2026' }), { code: 'invalid_input', where: 'dueOn' });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: id, effectiveAt: new Date('2025-12-31T12:00:00.000Z') }), {
        code: 'invalid_input',
        where: 'dueOn',
      });
      await assert.rejects(completeOccurrence(f.ctx, { obligationId: 'access-review:gcp' }), { code: 'not_found' });
      assert.equal(await f.count('evidence_events'), before);
      assert.equal(await f.count('obligation_completions'), 0);
    });
  });
}
