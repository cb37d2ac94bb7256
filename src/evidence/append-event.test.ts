import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock, testActor } from '../../test/engines.ts';
import { inTransaction } from '../context.ts';
import { appendEvent } from './append-event.ts';

for (const engine of engines) {
  describe(`appending evidence on ${engine.name}`, { skip: engine.skip }, () => {
    test('events chain from the genesis hash and keep the effective date apart from the recorded time', async () => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      const clock = manualClock('2026-07-08T09:30:00.000Z');
      const ctx = workspace.context(testActor, clock.now);
      const first = await inTransaction(ctx, (tx) =>
        appendEvent(tx, {
          action: 'reviews.review.signed_off',
          subject: { type: 'review', id: 'aws-2026-q2' },
          data: { reviewer: 'maya@brightline.example', revoked: 2 },
          effectiveAt: new Date('2026-06-30T16:00:00.000Z'),
        }),
      );
      clock.advance(1000);
      const second = await inTransaction(ctx, (tx) =>
        appendEvent(tx, { action: 'workspace.renamed', subject: { type: 'workspace', id: '1' } }),
      );
      assert.equal(first.seq, 1);
      assert.equal(first.prevHash, '0'.repeat(64));
      assert.equal(first.effectiveAt, '2026-06-30T16:00:00.000Z');
      assert.equal(first.recordedAt, '2026-07-08T09:30:00.000Z');
      assert.equal(second.seq, 2);
      assert.equal(second.prevHash, first.hash);
      assert.equal(second.effectiveAt, second.recordedAt);
      await workspace.close();
    });

    test('an event outside a transaction, or effective in the future, is refused and nothing is written', async () => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      const ctx = workspace.context(testActor, () => new Date('2026-07-08T09:30:00.000Z'));
      await assert.rejects(appendEvent(ctx, { action: 'x.y.z', subject: { type: 't', id: '1' } }), /inside inTransaction/);
      await assert.rejects(
        inTransaction(ctx, (tx) =>
          appendEvent(tx, { action: 'x.y.z', subject: { type: 't', id: '1' }, effectiveAt: new Date('2026-08-01T00:00:00Z') }),
        ),
        { code: 'invalid_input', where: 'effectiveAt' },
      );
      const count = await workspace.store.db.selectFrom('evidence_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
      await workspace.close();
    });
  });
}
