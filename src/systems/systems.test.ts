import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { acceptInvite, createSetupLink } from '../identity/invites.ts';
import { addSystem } from './add-system.ts';
import { ensureGroundworkSystem } from './groundwork-system.ts';
import { retireSystem } from './retire-system.ts';
import { listSystems, loadSystem } from './system.ts';
import { updateSystem } from './update-system.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const github = { name: 'GitHub', category: 'code-repository', owner: 'Sam.Okafor@Brightline.example', classification: 'confidential', ssoEnforced: true, mfaEnforced: true, defaultRole: 'member' };

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = () => workspace.context(maya, clock.now);
  const db = workspace.store.db;
  const events = async () =>
    (await db.selectFrom('evidence_events').select(['action', 'subject_id', 'actor_id', 'data']).where('action', 'like', 'systems.%').orderBy('seq').execute()).map((e) => [e.action, e.subject_id, JSON.parse(e.data)]);
  /** Everything a refused change could have touched. */
  const snapshot = async () => ({ systems: await db.selectFrom('systems').selectAll().orderBy('id').execute(), events: await events() });
  return { clock, workspace, ctx, events, snapshot };
}

for (const engine of engines) {
  describe(`the systems inventory on ${engine.name}`, { skip: engine.skip }, () => {
    test('systems are added under the slug of their name, with defaults, and listed by name', async (t) => {
      const { workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      const added = await addSystem(ctx(), { name: ' Google Workspace ', category: 'email', owner: 'CTO', classification: 'confidential', sessionTimeoutMinutes: 720 });
      assert.deepEqual(added, {
        id: 'google-workspace',
        name: 'Google Workspace',
        category: 'email',
        owner: 'CTO',
        classification: 'confidential',
        inScope: true,
        ssoEnforced: false,
        mfaEnforced: false,
        sessionTimeoutMinutes: 720,
        defaultRole: null,
        createdAt: '2026-03-02T15:00:00.000Z',
        retiredAt: null,
        accountsFrom: 'import',
      });
      await addSystem(ctx(), github);
      await addSystem(ctx(), { name: 'Café Tracker', category: 'analytics', owner: 'growth lead', classification: 'internal', inScope: false });

      assert.deepEqual((await listSystems(ctx())).map((s) => [s.id, s.owner]), [
        ['cafe-tracker', 'growth lead'],
        ['github', 'sam.okafor@brightline.example'],
        ['google-workspace', 'CTO'],
      ]);
      assert.equal((await loadSystem(ctx(), 'github')).mfaEnforced, true);
      await assert.rejects(loadSystem(ctx(), 'gitlab'), { code: 'not_found', where: 'id', message: 'no system in the inventory has the id "gitlab"' });
      assert.deepEqual((await events())[1], [
        'systems.system.added',
        'github',
        { name: 'GitHub', category: 'code-repository', owner: 'sam.okafor@brightline.example', classification: 'confidential', inScope: true, ssoEnforced: true, mfaEnforced: true, sessionTimeoutMinutes: null, defaultRole: 'member' },
      ]);
    });

    test('bad input and a taken name are refused, naming the field, and change nothing', async (t) => {
      const { workspace, ctx, snapshot } = await site(engine.name);
      t.after(() => workspace.close());
      await addSystem(ctx(), github);
      const before = await snapshot();
      const refused: [object, string, RegExp][] = [
        [{ name: '  ' }, 'name', /a system needs a name/],
        [{ name: '***' }, 'name', /the name "\*\*\*" needs at least one letter or digit/],
        [{ name: 'github' }, 'name', /the id "github" is already GitHub; choose another name/],
        [{ name: 'GitLab', category: 'crm' }, 'category', /"crm" is not a category \(cloud-provider, code-repository, /],
        [{ name: 'GitLab', owner: '' }, 'owner', /needs an owner: a person’s email, or a role/],
        [{ name: 'GitLab', owner: 'sam@' }, 'owner', /"sam@" is not an email address/],
        [{ name: 'GitLab', classification: 'secret' }, 'classification', /"secret" is not a data class; the Data Classification Policy has public, internal, confidential/],
        [{ name: 'GitLab', sessionTimeoutMinutes: 0 }, 'sessionTimeoutMinutes', /a whole number of minutes from 1 to 43200/],
        [{ name: 'GitLab', sessionTimeoutMinutes: 1.5 }, 'sessionTimeoutMinutes', /not 1.5/],
      ];
      for (const [change, where, message] of refused) {
        await assert.rejects(addSystem(ctx(), { ...github, ...change }), (error: Error & { where?: string }) => {
          assert.equal(error.where, where, error.message);
          assert.match(error.message, message);
          return true;
        });
      }
      assert.deepEqual(await snapshot(), before);
    });

    test('an update records each change before and after, keeps the id, and refuses a name too close to another', async (t) => {
      const { clock, workspace, ctx, events, snapshot } = await site(engine.name);
      t.after(() => workspace.close());
      await addSystem(ctx(), github);
      await addSystem(ctx(), { name: 'Slack', category: 'chat', owner: 'CTO', classification: 'internal' });
      clock.set('2026-03-05T10:00:00.000Z');

      const changed = await updateSystem(ctx(), 'github', { name: 'GitHub Enterprise', sessionTimeoutMinutes: 480, owner: 'sam.okafor@brightline.example', defaultRole: undefined });
      assert.deepEqual([changed.id, changed.name, changed.sessionTimeoutMinutes, changed.defaultRole], ['github', 'GitHub Enterprise', 480, 'member']);
      assert.deepEqual((await events()).at(-1), ['systems.system.changed', 'github', { changes: { name: { from: 'GitHub', to: 'GitHub Enterprise' }, sessionTimeoutMinutes: { from: null, to: 480 } } }]);

      const before = await snapshot();
      assert.deepEqual(await updateSystem(ctx(), 'github', { mfaEnforced: true, owner: ' SAM.OKAFOR@brightline.example' }), changed, 'nothing changed, nothing recorded');
      await assert.rejects(updateSystem(ctx(), 'github', { name: 'slack' }), { code: 'conflict', where: 'name', message: '"slack" is too close to Slack (slack), already in the inventory' });
      await assert.rejects(updateSystem(ctx(), 'github', { classification: 'restricted' }), { code: 'invalid_input', where: 'classification' });
      await assert.rejects(updateSystem(ctx(), 'gitlab', { mfaEnforced: true }), { code: 'not_found', where: 'id' });
      assert.deepEqual(await snapshot(), before);

      assert.equal((await updateSystem(ctx(), 'github', { defaultRole: null })).defaultRole, null, 'null clears a field');
    });

    test('retiring keeps the system for the record, last in the list, and it no longer changes', async (t) => {
      const { clock, workspace, ctx, events, snapshot } = await site(engine.name);
      t.after(() => workspace.close());
      await addSystem(ctx(), github);
      await addSystem(ctx(), { name: 'HipChat', category: 'chat', owner: 'CTO', classification: 'internal' });
      await addSystem(ctx(), { name: 'Slack', category: 'chat', owner: 'CTO', classification: 'internal' });
      await assert.rejects(retireSystem(ctx(), { id: 'hipchat', reason: '  ' }), { code: 'invalid_input', where: 'reason', message: 'say why the system is retired' });
      clock.set('2026-04-01T09:00:00.000Z');

      const retired = await retireSystem(ctx(), { id: 'hipchat', reason: 'Replaced by Slack; workspace export kept for a year' });
      assert.equal(retired.retiredAt, '2026-04-01T09:00:00.000Z');
      assert.deepEqual((await listSystems(ctx())).map((s) => s.id), ['github', 'slack', 'hipchat']);
      assert.deepEqual((await events()).at(-1), ['systems.system.retired', 'hipchat', { name: 'HipChat', reason: 'Replaced by Slack; workspace export kept for a year' }]);

      const before = await snapshot();
      await assert.rejects(retireSystem(ctx(), { id: 'hipchat', reason: 'again' }), { code: 'conflict', message: 'HipChat was already retired on 2026-04-01' });
      await assert.rejects(updateSystem(ctx(), 'hipchat', { owner: 'COO' }), { code: 'conflict', message: 'HipChat was retired on 2026-04-01: a retired system does not change' });
      await assert.rejects(addSystem(ctx(), { name: 'Hipchat', category: 'chat', owner: 'CTO', classification: 'internal' }), { code: 'conflict', message: 'the id "hipchat" is already HipChat, retired on 2026-04-01; choose another name' });
      assert.deepEqual(await snapshot(), before);
    });

    test('the first owner setting up the workspace adds Groundwork itself to the inventory, once; reading writes nothing', async (t) => {
      const { workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      assert.deepEqual(await listSystems(ctx()), []);
      assert.deepEqual(await events(), [], 'listing an empty inventory adds nothing');

      const cli = workspace.context({ type: 'cli', id: 'root@server' });
      const link = await createSetupLink(cli);
      assert.ok(link);
      await acceptInvite(cli, link.token, { email: 'maya@brightline.example', name: 'Maya Chen', password: 'correct horse battery staple', client: { ip: '127.0.0.1', userAgent: 'node:test' } });
      const groundwork = await loadSystem(ctx(), 'groundwork');
      assert.deepEqual(
        [groundwork.name, groundwork.category, groundwork.owner, groundwork.classification, groundwork.inScope, groundwork.mfaEnforced, groundwork.sessionTimeoutMinutes, groundwork.defaultRole],
        ['Groundwork', 'other', 'owner', 'confidential', true, false, 30, 'member'],
        'owned by the owner role, with the workspace’s sign-in settings',
      );
      const recorded = await workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_id']).where('action', 'in', ['identity.invite.accepted', 'systems.system.added']).orderBy('seq').execute();
      assert.deepEqual(recorded.map((e) => [e.action, e.actor_id]), [
        ['identity.invite.accepted', 'maya@brightline.example'],
        ['systems.system.added', 'maya@brightline.example'],
      ]);

      assert.deepEqual(await ensureGroundworkSystem(ctx()), groundwork, 'already there: nothing to do');
      assert.equal((await events()).length, 1);
      await assert.rejects(retireSystem(ctx(), { id: 'groundwork', reason: 'moving to a spreadsheet' }), { code: 'conflict', message: /Groundwork holds this inventory and its evidence/ });
    });
  });
}
