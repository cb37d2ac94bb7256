import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock, testActor, type Workspace } from '../../test/engines.ts';
import { allEvents, dropAppendOnlyGuard, rewriteChain } from '../../test/tamper.ts';
import { inTransaction } from '../context.ts';
import { appendEvent } from './append-event.ts';
import { attachmentPath, storeAttachment } from './store-attachment.ts';
import { verifyWorkspaceLog } from './verify-workspace-log.ts';

const ACCESS_LIST = 'user,arn,mfa_active\nmaya,arn:aws:iam::123456789012:user/maya,true\n';

/** Twelve events of a small company's quarter, signed every five; event 4 carries an attachment. */
async function quarterOfEvidence(engine: 'sqlite' | 'postgres'): Promise<Workspace> {
  const site = await createTestSite(engine, { GROUNDWORK_CHECKPOINT_EVERY: '5' });
  const workspace = await site.open();
  const clock = manualClock('2026-04-01T09:00:00.000Z');
  const ctx = workspace.context(testActor, clock.now);
  for (let i = 1; i <= 12; i++) {
    clock.advance(6 * 24 * 3600 * 1000);
    await inTransaction(ctx, async (tx) => {
      const attachments = i === 4 ? [(await storeAttachment(tx, Buffer.from(ACCESS_LIST), 'aws-users.csv')).sha256] : [];
      await appendEvent(tx, {
        action: i % 3 === 0 ? 'reviews.account.revoked' : 'reviews.account.kept',
        subject: { type: 'account', id: `aws:user-${i}` },
        data: { reviewer: 'maya@brightline.example', note: `decision ${i}` },
        attachments,
      });
    });
  }
  await dropAppendOnlyGuard(workspace);
  return workspace;
}

for (const engine of engines) {
  describe(`verifying the evidence log on ${engine.name}`, { skip: engine.skip }, () => {
    test('an untouched log verifies, with its checkpoints, signed head and attachment', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      const result = await verifyWorkspaceLog(workspace);
      assert.deepEqual(result, { ok: true, events: 12, checkpoints: 2, attachments: 1, lastSeq: 12, unsignedTail: 2 });
      await workspace.close();
    });

    test('an empty log verifies', async () => {
      const workspace = await (await createTestSite(engine.name)).open();
      assert.deepEqual(await verifyWorkspaceLog(workspace), { ok: true, events: 0, checkpoints: 0, attachments: 0, lastSeq: 0, unsignedTail: 0 });
      await workspace.close();
    });

    test('the database itself refuses to update or delete an event', async () => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      await inTransaction(workspace.context(testActor), (tx) => appendEvent(tx, { action: 'a.b.c', subject: { type: 't', id: '1' } }));
      await assert.rejects(workspace.store.db.updateTable('evidence_events').set({ data: '{}' }).execute(), /append-only/);
      await assert.rejects(workspace.store.db.deleteFrom('evidence_events').execute(), /append-only/);
      await workspace.close();
    });

    test('an edited field is caught at its event', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      await workspace.store.db.updateTable('evidence_events').set({ data: '{"note":"decision 7","reviewer":"someone-else@brightline.example"}' }).where('seq', '=', 7).execute();
      const { ok, problem } = await verifyWorkspaceLog(workspace);
      assert.equal(ok, false);
      assert.deepEqual({ seq: problem?.seq, kind: problem?.kind }, { seq: 7, kind: 'edited' });
      await workspace.close();
    });

    test('a changed effective date is caught as an edit', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      await workspace.store.db.updateTable('evidence_events').set({ effective_at: '2026-03-31T12:00:00.000Z' }).where('seq', '=', 2).execute();
      const { problem } = await verifyWorkspaceLog(workspace);
      assert.deepEqual({ seq: problem?.seq, kind: problem?.kind }, { seq: 2, kind: 'edited' });
      await workspace.close();
    });

    test('a deleted event is caught, in the middle and at the end', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      await workspace.store.db.deleteFrom('evidence_events').where('seq', '=', 12).execute();
      assert.deepEqual(pick(await verifyWorkspaceLog(workspace)), { seq: 12, kind: 'deleted' });
      await workspace.store.db.deleteFrom('evidence_events').where('seq', '=', 6).execute();
      assert.deepEqual(pick(await verifyWorkspaceLog(workspace)), { seq: 6, kind: 'deleted' });
      await workspace.close();
    });

    test('two swapped events are caught as reordered', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      const db = workspace.store.db;
      await db.updateTable('evidence_events').set({ seq: 1000 }).where('seq', '=', 3).execute();
      await db.updateTable('evidence_events').set({ seq: 3 }).where('seq', '=', 8).execute();
      await db.updateTable('evidence_events').set({ seq: 8 }).where('seq', '=', 1000).execute();
      const { problem } = await verifyWorkspaceLog(workspace);
      assert.deepEqual({ seq: problem?.seq, kind: problem?.kind }, { seq: 3, kind: 'reordered' });
      assert.match(problem!.message, /recorded as 8/);
      await workspace.close();
    });

    test('a forged event with a recomputed chain fails the signed checkpoint after it', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      const rows = await allEvents(workspace);
      const forged = { ...rows[5]!, action: 'reviews.review.signed_off', data: '{"reviewer":"maya@brightline.example"}' };
      const chained = await rewriteChain(workspace, [...rows.slice(0, 5), forged, ...rows.slice(5)]);
      await workspace.store.db.updateTable('evidence_head').set({ seq: 13, hash: chained.at(-1)!.hash }).execute();
      assert.deepEqual(pick(await verifyWorkspaceLog(workspace)), { seq: 10, kind: 'checkpoint-mismatch' });
      await workspace.close();
    });

    test('a forged event appended after the last checkpoint fails the signed head', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      const rows = await allEvents(workspace);
      const forged = { ...rows.at(-1)!, subject_id: 'aws:root', data: '{"note":"root kept"}' };
      const chained = await rewriteChain(workspace, [...rows, forged]);
      assert.deepEqual(pick(await verifyWorkspaceLog(workspace)), { seq: 13, kind: 'inserted' });
      // Moving the head along does not help without the signing key.
      await workspace.store.db.updateTable('evidence_head').set({ seq: 13, hash: chained.at(-1)!.hash }).execute();
      assert.deepEqual(pick(await verifyWorkspaceLog(workspace)), { seq: 13, kind: 'bad-signature' });
      await workspace.close();
    });

    test('a checkpoint whose signature was replaced is caught', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      const forgedSignature = Buffer.alloc(64, 7).toString('base64');
      await workspace.store.db.updateTable('evidence_checkpoints').set({ signature: forgedSignature }).where('seq', '=', 5).execute();
      assert.deepEqual(pick(await verifyWorkspaceLog(workspace)), { seq: 5, kind: 'bad-signature' });
      await workspace.close();
    });

    test('a deleted or altered attachment file is caught at the event that cites it', async () => {
      const workspace = await quarterOfEvidence(engine.name);
      const [row] = await workspace.store.db.selectFrom('attachments').select('sha256').execute();
      const file = attachmentPath(workspace.evidence.attachmentsDir, row!.sha256);
      writeFileSync(file, ACCESS_LIST.replace('true', 'false'));
      let { problem } = await verifyWorkspaceLog(workspace);
      assert.deepEqual({ seq: problem?.seq, kind: problem?.kind }, { seq: 4, kind: 'missing-attachment' });
      assert.match(problem!.message, /altered/);
      rmSync(file);
      ({ problem } = await verifyWorkspaceLog(workspace));
      assert.deepEqual({ seq: problem?.seq, kind: problem?.kind }, { seq: 4, kind: 'missing-attachment' });
      assert.match(problem!.message, /missing/);
      await workspace.close();
    });
  });
}

function pick(result: { problem?: { seq: number; kind: string } }): { seq?: number; kind?: string } {
  return { seq: result.problem?.seq, kind: result.problem?.kind };
}
