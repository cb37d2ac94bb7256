import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { addPerson } from '../people/add-person.ts';
import { completeItem } from '../people/complete-item.ts';
import { loadPerson } from '../people/person.ts';
import { startOffboarding } from '../people/start-offboarding.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { addAsset } from './add-asset.ts';
import { assetsHeldBy, listAssets } from './asset.ts';
import { assetHistory } from './asset-history.ts';
import { assignAsset } from './assign-asset.ts';
import { returnAsset } from './return-asset.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = () => workspace.context(maya, clock.now);
  const db = workspace.store.db;
  await updateWorkspace(ctx(), { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  await addPerson(ctx(), { name: 'Sam Okafor', email: 'sam@brightline.example', kind: 'employee', title: 'Engineer', startOn: '2025-06-02' });
  await addPerson(ctx(), { name: 'Priya Raman', email: 'priya@studio-raman.example', kind: 'contractor', title: 'Designer', startOn: '2026-01-05', endOn: '2026-06-30' });
  const events = async () =>
    (await db.selectFrom('evidence_events').select(['action', 'effective_at', 'data']).where('action', 'like', 'assets.%').orderBy('seq').execute()).map((e) => [e.action, e.effective_at, JSON.parse(e.data)]);
  /** Everything a refused change could have touched. */
  const snapshot = async () => ({
    assets: await db.selectFrom('assets').selectAll().orderBy('tag').execute(),
    assignments: await db.selectFrom('asset_assignments').selectAll().orderBy('assigned_at').execute(),
    events: await events(),
  });
  return { clock, workspace, ctx, events, snapshot };
}

for (const engine of engines) {
  describe(`the asset register on ${engine.name}`, { skip: engine.skip }, () => {
    test('a laptop is added, handed to Sam, returned with a note, and handed to Priya: each step in its history and the log', async (t) => {
      const { clock, workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      const laptop = await addAsset(ctx(), { kind: 'laptop', tag: ' BL-0042 ', description: 'MacBook Pro 14, M3' });
      assert.deepEqual(laptop, { id: laptop.id, kind: 'laptop', tag: 'BL-0042', description: 'MacBook Pro 14, M3', createdAt: '2026-03-02T15:00:00.000Z', holder: null });
      await addAsset(ctx(), { kind: 'hardware-token', tag: 'YK-5C-19022' });

      // Handed over on Friday, entered on Monday.
      const assigned = await assignAsset(ctx(), { tag: 'bl-0042', person: 'SAM@brightline.example', effectiveAt: new Date('2026-02-27T17:00:00.000Z') });
      const sam = await loadPerson(ctx(), 'sam@brightline.example');
      assert.deepEqual(assigned.holder, { personId: sam.id, name: 'Sam Okafor', email: 'sam@brightline.example', engagementId: sam.current.id, assignedAt: '2026-02-27T17:00:00.000Z', assignedBy: 'maya@brightline.example' });
      await assignAsset(ctx(), { tag: 'YK-5C-19022', person: sam.id });
      assert.deepEqual((await assetsHeldBy(ctx(), sam.current.id)).map((a) => a.tag), ['BL-0042', 'YK-5C-19022']);
      assert.deepEqual((await listAssets(ctx())).map((a) => [a.tag, a.holder?.email ?? null]), [['BL-0042', 'sam@brightline.example'], ['YK-5C-19022', 'sam@brightline.example']]);

      clock.set('2026-03-10T12:00:00.000Z');
      const returned = await returnAsset(ctx(), { tag: 'BL-0042', note: ' Screen scratched; wiped by IT ' });
      assert.equal(returned.holder, null);
      clock.set('2026-03-11T09:00:00.000Z');
      await assignAsset(ctx(), { tag: 'BL-0042', person: 'priya@studio-raman.example' });
      assert.deepEqual((await assetsHeldBy(ctx(), sam.current.id)).map((a) => a.tag), ['YK-5C-19022']);

      const { asset, assignments } = await assetHistory(ctx(), 'BL-0042');
      assert.equal(asset.holder?.name, 'Priya Raman');
      assert.deepEqual(
        assignments.map((a) => [a.email, a.assignedAt, a.returnedAt, a.returnedBy, a.returnNote]),
        [
          ['sam@brightline.example', '2026-02-27T17:00:00.000Z', '2026-03-10T12:00:00.000Z', 'maya@brightline.example', 'Screen scratched; wiped by IT'],
          ['priya@studio-raman.example', '2026-03-11T09:00:00.000Z', null, null, null],
        ],
      );
      const log = await events();
      assert.deepEqual(log.map(([action, effective, data]) => [action, effective, data.tag, data.person ?? null]), [
        ['assets.asset.added', '2026-03-02T15:00:00.000Z', 'BL-0042', null],
        ['assets.asset.added', '2026-03-02T15:00:00.000Z', 'YK-5C-19022', null],
        ['assets.asset.assigned', '2026-02-27T17:00:00.000Z', 'BL-0042', 'sam@brightline.example'],
        ['assets.asset.assigned', '2026-03-02T15:00:00.000Z', 'YK-5C-19022', 'sam@brightline.example'],
        ['assets.asset.returned', '2026-03-10T12:00:00.000Z', 'BL-0042', 'sam@brightline.example'],
        ['assets.asset.assigned', '2026-03-11T09:00:00.000Z', 'BL-0042', 'priya@studio-raman.example'],
      ]);
      assert.equal(log[4]![2].note, 'Screen scratched; wiped by IT');
    });

    test('bad input, an asset someone still has, and one on the shelf are refused, naming the field, and change nothing', async (t) => {
      const { clock, workspace, ctx, snapshot } = await site(engine.name);
      t.after(() => workspace.close());
      await addAsset(ctx(), { kind: 'laptop', tag: 'BL-0042', description: 'MacBook Pro 14' });
      await addAsset(ctx(), { kind: 'badge', tag: 'BADGE-7' });
      await assignAsset(ctx(), { tag: 'BL-0042', person: 'sam@brightline.example' });
      clock.set('2026-03-03T15:00:00.000Z');
      const before = await snapshot();

      const refusals: [() => Promise<unknown>, string, string, RegExp][] = [
        [() => addAsset(ctx(), { kind: 'monitor', tag: 'MON-1' }), 'invalid_input', 'kind', /"monitor" is not a kind of asset \(laptop, hardware-token, badge, phone, other\)/],
        [() => addAsset(ctx(), { kind: 'laptop', tag: 'BL 0043' }), 'invalid_input', 'tag', /"BL 0043" is not an asset tag: use letters, digits/],
        [() => addAsset(ctx(), { kind: 'laptop', tag: '' }), 'invalid_input', 'tag', /is not an asset tag/],
        [() => addAsset(ctx(), { kind: 'phone', tag: 'bl-0042' }), 'conflict', 'tag', /the tag BL-0042 is already a laptop \(MacBook Pro 14\)/],
        [() => assignAsset(ctx(), { tag: 'BL-0042', person: 'priya@studio-raman.example' }), 'conflict', 'tag', /BL-0042 is with Sam Okafor \(sam@brightline.example\) since 2026-03-02; record its return first/],
        [() => assignAsset(ctx(), { tag: 'BL-9999', person: 'sam@brightline.example' }), 'not_found', 'tag', /no asset has the tag "BL-9999"/],
        [() => assignAsset(ctx(), { tag: 'BADGE-7', person: 'lee@brightline.example' }), 'not_found', 'person', /nobody in the directory is lee@brightline.example/],
        [() => assignAsset(ctx(), { tag: 'BADGE-7', person: 'sam@brightline.example', effectiveAt: new Date('2026-03-04T00:00:00.000Z') }), 'invalid_input', 'effectiveAt', /later than now/],
        [() => returnAsset(ctx(), { tag: 'BADGE-7' }), 'conflict', 'tag', /BADGE-7 is not assigned to anyone, so it cannot be returned/],
        [() => returnAsset(ctx(), { tag: 'BL-0042', effectiveAt: new Date('2026-03-01T12:00:00.000Z') }), 'invalid_input', 'effectiveAt', /was handed to Sam Okafor on 2026-03-02; it comes back after that, not on 2026-03-01/],
        [() => returnAsset(ctx(), { tag: 'BL-0042', note: 'x'.repeat(501) }), 'invalid_input', 'note', /the note is 501 characters; at most 500/],
      ];
      for (const [attempt, code, where, message] of refusals) {
        await assert.rejects(attempt(), (error: Error & { code?: string; where?: string }) => {
          assert.deepEqual([error.code, error.where], [code, where], error.message);
          assert.match(error.message, message);
          return true;
        });
      }
      assert.deepEqual(await snapshot(), before);

      await returnAsset(ctx(), { tag: 'BL-0042' });
      await assert.rejects(assignAsset(ctx(), { tag: 'BL-0042', person: 'priya@studio-raman.example', effectiveAt: new Date('2026-03-01T09:00:00.000Z') }), {
        code: 'invalid_input',
        where: 'effectiveAt',
        message: 'BL-0042 came back on 2026-03-03; it is handed out again after that, not on 2026-03-01',
      });
    });

    test('someone who has left gets no assets; what they held came back through their offboarding', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addAsset(ctx(), { kind: 'hardware-token', tag: 'YK-5C-19022' });
      await addAsset(ctx(), { kind: 'badge', tag: 'BADGE-7' });
      await assignAsset(ctx(), { tag: 'YK-5C-19022', person: 'priya@studio-raman.example' });
      const offboarding = await startOffboarding(ctx(), { person: 'priya@studio-raman.example', terminatesAt: new Date('2026-03-02T22:00:00.000Z'), reason: 'voluntary' });
      for (const item of offboarding.items) {
        await completeItem(ctx(), { checklistId: offboarding.id, key: item.key, link: item.proof === 'link' ? 'https://drive.example/exit-interview' : undefined, file: item.proof === 'file' ? { name: 'exit.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n') } : undefined });
      }
      assert.equal((await loadPerson(ctx(), 'priya@studio-raman.example')).current.status, 'departed');
      assert.equal((await listAssets(ctx())).find((a) => a.tag === 'YK-5C-19022')?.holder, null, 'returned through the offboarding');

      await assert.rejects(assignAsset(ctx(), { tag: 'BADGE-7', person: 'priya@studio-raman.example' }), {
        code: 'conflict',
        where: 'person',
        message: 'Priya Raman (priya@studio-raman.example) has left; assets go to people who work here',
      });
    });
  });
}
