import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { publishTemplate } from '../../test/policies.ts';
import { addPerson } from '../people/add-person.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { acknowledgeWithLink, createAcknowledgementLink, readAcknowledgementLink } from './acknowledgement-links.ts';
import { owedAcknowledgements } from './acknowledgements.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const visitor = { type: 'anonymous', id: '198.51.100.7' } as const;
const ana = { name: 'Ana Ruiz', email: 'ana@ruiz.design', kind: 'contractor', title: 'Designer', startOn: '2026-02-02', endOn: '2026-08-31' };

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const person = await addPerson(ctx, ana);
  const security = await publishTemplate(ctx, 'information-security');
  const orientation = await publishTemplate(ctx, 'security-orientation');
  const events = async () => (await workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_id', 'data']).where('action', 'like', 'policies.%ack%').orderBy('seq').execute()).map((e) => ({ action: e.action, actor: e.actor_id, data: JSON.parse(e.data) }));
  return { clock, workspace, ctx, person, security, orientation, events, open: workspace.context(visitor, clock.now) };
}

const invalid = /^AppError: this link is not valid or has expired; ask whoever sent it for a new one$/;

for (const engine of engines) {
  describe(`acknowledgement links on ${engine.name}`, { skip: engine.skip }, () => {
    test('a contractor without a login acknowledges everything at once from a link, which then stops working', async (t) => {
      const { workspace, ctx, person, security, orientation, events, open } = await site(engine.name);
      t.after(() => workspace.close());
      const link = await createAcknowledgementLink(ctx, { person: 'ANA@ruiz.design' });
      assert.match(link.token, /^gwa_[\w-]{43}$/);
      assert.equal(link.expiresAt, '2026-03-16T15:00:00.000Z', 'valid 14 days');
      const stored = await workspace.store.db.selectFrom('acknowledgement_links').selectAll().execute();
      assert.equal(stored.length, 1);
      assert.ok(!JSON.stringify(stored).includes(link.token) && !JSON.stringify(await events()).includes(link.token), 'only its SHA-256 is kept, and the evidence never holds it');

      const shown = await readAcknowledgementLink(open, link.token);
      assert.deepEqual([shown.owed.person.name, shown.expiresAt, shown.owed.outstanding.map((r) => r.policyId)], ['Ana Ruiz', link.expiresAt, ['information-security', 'security-orientation']]);

      // One stale item refuses the whole request; the link still works.
      const items = [
        { policyId: 'information-security', version: 1, sha256: security.latest.sha256 },
        { policyId: 'security-orientation', version: 1, sha256: security.latest.sha256 },
      ];
      await assert.rejects(acknowledgeWithLink(open, link.token, items), (error: Error & { where?: string }) => {
        assert.match(error.message, /the text of version 1 of Security orientation changed since you opened it/);
        assert.equal(error.where, 'acknowledgements.1.sha256');
        return true;
      });
      assert.equal((await owedAcknowledgements(ctx, person.id)).outstanding.length, 2, 'nothing was recorded');

      items[1]!.sha256 = orientation.latest.sha256;
      const recorded = await acknowledgeWithLink(open, link.token, items);
      assert.deepEqual(recorded.map((r) => [r.policyId, r.version, r.via]), [['information-security', 1, 'link'], ['security-orientation', 1, 'link']]);
      assert.equal((await owedAcknowledgements(ctx, person.id)).complete, true);
      await assert.rejects(readAcknowledgementLink(open, link.token), invalid);
      await assert.rejects(acknowledgeWithLink(open, link.token, items), invalid, 'single use');
      await assert.rejects(createAcknowledgementLink(ctx, { person: ana.email }), /Ana Ruiz has acknowledged every policy that applies to them: there is nothing to send/);

      assert.deepEqual(
        (await events()).map((e) => [e.action, e.actor, e.data.via ?? e.data.expiresAt]),
        [
          ['policies.acknowledgement-link.created', maya.id, link.expiresAt],
          ['policies.policy.acknowledged', visitor.id, 'link'],
          ['policies.policy.acknowledged', visitor.id, 'link'],
        ],
      );
      assert.deepEqual((await events())[0]!.data, { personId: person.id, email: ana.email, expiresAt: link.expiresAt, outstanding: ['information-security', 'security-orientation'], replacedLinks: 0 });
    });

    test('an expired, replaced or unknown link gets one answer, and a link is only for someone who owes something', async (t) => {
      const { clock, workspace, ctx, security, open } = await site(engine.name);
      t.after(() => workspace.close());
      const first = await createAcknowledgementLink(ctx, { person: ana.email });
      const second = await createAcknowledgementLink(ctx, { person: ana.email });
      await assert.rejects(readAcknowledgementLink(open, first.token), invalid, 'a new link replaces the earlier one');
      await assert.rejects(readAcknowledgementLink(open, 'gwa_made-up'), invalid);

      clock.set('2026-03-16T14:59:59.000Z');
      assert.equal((await readAcknowledgementLink(open, second.token)).owed.person.name, 'Ana Ruiz');
      clock.set('2026-03-16T15:00:00.000Z');
      await assert.rejects(acknowledgeWithLink(open, second.token, [{ policyId: 'information-security', version: 1, sha256: security.latest.sha256 }]), invalid);
      assert.equal((await owedAcknowledgements(ctx, ana.email)).outstanding.length, 2, 'nothing was recorded');

      await assert.rejects(createAcknowledgementLink(ctx, { person: 'leo@brightline.example' }), /nobody in the directory is leo@brightline\.example/);
      const replaced = await workspace.store.db.selectFrom('evidence_events').select('data').where('action', '=', 'policies.acknowledgement-link.created').orderBy('seq').execute();
      assert.deepEqual(replaced.map((e) => JSON.parse(e.data).replacedLinks), [0, 1]);
    });
  });
}
