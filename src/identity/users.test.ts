import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { addUser, signIn } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-11-26T14:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  const events = async (action: string) =>
    (await workspace.store.db.selectFrom('evidence_events').select(['actor_id', 'data']).where('action', '=', action).orderBy('seq').execute()).map((e) => ({
      actor: e.actor_id,
      data: JSON.parse(e.data) as Record<string, unknown>,
    }));
  return { clock, workspace, app, events, close: async () => (await app.close(), await workspace.close()) };
}

for (const engine of engines) {
  describe(`managing users and API tokens on ${engine.name}`, { skip: engine.skip }, () => {
    test('admins manage users but not owners; nobody changes their own role; the last owner stays', async (t) => {
      const { clock, workspace, app, events, close } = await site(engine.name);
      t.after(close);
      const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      const priya = await addUser(workspace, 'admin', { email: 'priya@brightline.example' });
      const owner = await signIn(app, workspace, maya, clock.now);
      const admin = await signIn(app, workspace, priya, clock.now);
      const call = (headers: Record<string, string>, method: 'POST' | 'PATCH', url: string, payload?: object) => app.inject({ method, url, headers, payload });

      const ownerByAdmin = await call(admin.headers, 'POST', '/api/users', { email: 'ceo@brightline.example', role: 'owner' });
      assert.deepEqual([ownerByAdmin.statusCode, ownerByAdmin.json().detail], [403, 'only an owner may add another owner']);
      const auditorWithoutDates = await call(admin.headers, 'POST', '/api/users', { email: 'audit@cpa.example', role: 'auditor' });
      assert.deepEqual([auditorWithoutDates.statusCode, auditorWithoutDates.json().where], [400, 'accessFrom']);
      const auditor = await call(admin.headers, 'POST', '/api/users', { email: 'audit@cpa.example', role: 'auditor', accessFrom: '2026-12-01', accessUntil: '2027-01-31' });
      assert.equal(auditor.statusCode, 201, auditor.body);
      assert.match(auditor.json().inviteUrl, /^http:\/\/127\.0\.0\.1:0\/invite\/gwi_/);
      const duplicate = await call(admin.headers, 'POST', '/api/users', { email: 'AUDIT@cpa.example', role: 'member' });
      assert.deepEqual([duplicate.statusCode, duplicate.json().detail], [409, 'audit@cpa.example is already a user']);

      const self = await call(admin.headers, 'PATCH', `/api/users/${priya.user.id}`, { role: 'owner' });
      assert.deepEqual([self.statusCode, self.json().detail], [403, 'you cannot change the role of your own account; ask another owner or admin']);
      const demoteOwner = await call(admin.headers, 'PATCH', `/api/users/${maya.user.id}`, { role: 'member' });
      assert.deepEqual([demoteOwner.statusCode, demoteOwner.json().detail], [403, 'only an owner may change the role of an owner']);
      const promoted = await call(owner.headers, 'PATCH', `/api/users/${priya.user.id}`, { role: 'reviewer' });
      assert.equal(promoted.json().role, 'reviewer');
      assert.equal((await app.inject({ url: '/api/users', headers: admin.headers })).statusCode, 403, 'the new role applies at once');

      const lastOwner = await call(owner.headers, 'POST', `/api/users/${maya.user.id}/deactivate`);
      assert.equal(lastOwner.statusCode, 403, 'nobody deactivates themselves');
      assert.deepEqual(
        (await events('identity.user.role_changed')).map((e) => [e.actor, e.data.email, (e.data.before as { role: string }).role, (e.data.after as { role: string }).role]),
        [['maya@brightline.example', 'priya@brightline.example', 'admin', 'reviewer']],
      );
    });

    test('deactivating a user ends their sessions and revokes their tokens; resetting MFA makes them enrol again', async (t) => {
      const { clock, workspace, app, events, close } = await site(engine.name);
      t.after(close);
      const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      const sam = await addUser(workspace, 'admin', { email: 'sam@brightline.example' });
      const owner = await signIn(app, workspace, maya, clock.now);
      const samSession = await signIn(app, workspace, sam, clock.now);
      const created = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: samSession.headers, payload: { name: 'backup script', scope: 'read', expiresInDays: 30 } });
      assert.equal(created.statusCode, 201, created.body);
      const bearer = { authorization: `Bearer ${created.json().secret}` };
      assert.equal((await app.inject({ url: '/api/evidence?limit=1', headers: bearer })).statusCode, 200);

      const reset = await app.inject({ method: 'POST', url: `/api/users/${sam.user.id}/reset-mfa`, headers: owner.headers });
      assert.equal(reset.json().mfaEnrolled, false);
      const ended = await app.inject({ url: '/api/workspace', headers: samSession.headers });
      assert.deepEqual([ended.statusCode, ended.json().detail], [401, 'an admin reset your authenticator app; sign in again and set it up'], 'a reset ends the sessions made with the old authenticator');
      const again = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: sam.email, password: sam.password } });
      assert.equal(again.json().stage, 'enrol');

      const deactivated = await app.inject({ method: 'POST', url: `/api/users/${sam.user.id}/deactivate`, headers: owner.headers });
      assert.equal(deactivated.json().status, 'deactivated');
      const tokenAfter = await app.inject({ url: '/api/evidence?limit=1', headers: bearer });
      assert.deepEqual([tokenAfter.statusCode, tokenAfter.json().detail], [401, 'the API token "backup script" was revoked on 2026-11-26']);
      const signInAfter = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: sam.email, password: sam.password } });
      assert.equal(signInAfter.statusCode, 403);
      assert.deepEqual((await events('identity.user.deactivated')).map((e) => e.data), [{ email: 'sam@brightline.example', role: 'admin', sessionsEnded: 1, tokensRevoked: 1 }]);
      assert.deepEqual((await events('identity.mfa.reset')).map((e) => e.data.sessionsEnded), [2]);
    });

    test('a forgotten password: an admin makes a reset link that sets a new one and ends the old sessions', async (t) => {
      const { clock, workspace, app, events, close } = await site(engine.name);
      t.after(close);
      const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      const leo = await addUser(workspace, 'member', { email: 'leo@brightline.example' });
      const owner = await signIn(app, workspace, maya, clock.now);
      const oldSession = await signIn(app, workspace, leo, clock.now);
      const link = await app.inject({ method: 'POST', url: `/api/users/${leo.user.id}/invite`, headers: owner.headers });
      assert.equal(link.json().expiresAt, '2026-11-27T14:00:00.000Z', 'a reset link lasts 24 hours');
      const token = link.json().inviteUrl.split('/invite/')[1];
      assert.equal((await app.inject(`/api/auth/invites/${token}`)).json().kind, 'password_reset');
      const reset = await app.inject({ method: 'POST', url: `/api/auth/invites/${token}/accept`, payload: { password: 'a new and different passphrase' } });
      assert.equal(reset.statusCode, 200, reset.body);
      const old = await app.inject({ url: '/api/workspace', headers: oldSession.headers });
      assert.deepEqual([old.statusCode, old.json().detail], [401, 'your password was reset; sign in with the new one']);
      const withOld = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: leo.email, password: leo.password } });
      assert.equal(withOld.statusCode, 401);
      const users = (await app.inject({ url: '/api/users', headers: owner.headers })).json().users;
      assert.equal(users.find((u: { email: string }) => u.email === leo.email).activatedAt, leo.user.activatedAt, 'the account keeps the day it was first activated');
      assert.deepEqual((await events('identity.password.reset')).map((e) => e.data), [{ email: 'leo@brightline.example', sessionsEnded: 2 }], 'the one from accepting the invite, and the one above');
    });

    test('API tokens: shown once, stored hashed, scoped, expiring, last use recorded, revocable', async (t) => {
      const { clock, workspace, app, events, close } = await site(engine.name);
      t.after(close);
      const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      const owner = await signIn(app, workspace, maya, clock.now);
      const create = (payload: object) => app.inject({ method: 'POST', url: '/api/account/tokens', headers: owner.headers, payload });
      const read = (await create({ name: 'dashboard', scope: 'read', expiresInDays: 7 })).json();
      const write = (await create({ name: 'ci', scope: 'read-write' })).json();
      assert.match(read.secret, /^gwt_/);
      const stored = await workspace.store.db.selectFrom('api_tokens').select('token_hash').execute();
      assert.ok(stored.every((row) => !row.token_hash.includes(read.secret) && row.token_hash.length === 64));
      assert.equal(write.token.expiresAt, '2027-02-24T14:00:00.000Z', '90 days by default');
      const bad = await create({ name: 'forever', scope: 'admin', expiresInDays: 5000 });
      assert.equal(bad.statusCode, 400);

      const asRead = { authorization: `Bearer ${read.secret}` };
      const readOnly = await app.inject({ method: 'POST', url: '/api/evidence/checkpoints', headers: asRead });
      assert.deepEqual([readOnly.statusCode, readOnly.json().detail], [403, 'this API token is read-only']);
      assert.equal((await app.inject({ method: 'POST', url: '/api/evidence/checkpoints', headers: { authorization: `Bearer ${write.secret}` } })).statusCode, 200);
      const mintMore = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: { authorization: `Bearer ${write.secret}` }, payload: { name: 'x', scope: 'read' } });
      assert.equal(mintMore.statusCode, 403, 'a token cannot make tokens');

      clock.advance(3_600_000);
      await app.inject({ url: '/api/workspace', headers: asRead });
      const listed = (await app.inject({ url: '/api/account/tokens', headers: (await signIn(app, workspace, maya, clock.now)).headers })).json().tokens;
      const dashboard = listed.find((token: { name: string }) => token.name === 'dashboard');
      assert.equal(dashboard.lastUsedAt, '2026-11-26T15:00:00.000Z');
      assert.ok(!JSON.stringify(listed).includes(read.secret));

      clock.advance(7 * 86_400_000);
      const expired = await app.inject({ url: '/api/workspace', headers: asRead });
      assert.deepEqual([expired.statusCode, expired.json().detail], [401, 'the API token "dashboard" expired on 2026-12-03']);
      assert.deepEqual((await events('identity.token.created')).map((e) => [e.data.name, e.data.scope]), [['dashboard', 'read'], ['ci', 'read-write']]);
    });

    test('an auditor reads within their dates, every page they open is evidence, and nothing after the last day', async (t) => {
      const { clock, workspace, app, events, close } = await site(engine.name);
      t.after(close);
      const today = Temporal.PlainDate.from('2026-11-26');
      const auditor = await addUser(workspace, 'auditor', { email: 'jo@cpa.example', accessFrom: today.toString(), accessUntil: today.add({ days: 1 }).toString() });
      const session = await signIn(app, workspace, auditor, clock.now);
      assert.equal((await app.inject({ url: '/api/evidence?limit=5', headers: session.headers })).statusCode, 200);
      assert.equal((await app.inject({ method: 'POST', url: '/api/evidence/checkpoints', headers: session.headers })).statusCode, 403);
      assert.deepEqual((await events('identity.auditor.viewed')).map((e) => [e.actor, e.data.url]), [['jo@cpa.example', '/api/evidence?limit=5']]);
      clock.set('2026-11-28T05:00:00.000Z');
      const after = await app.inject({ url: '/api/evidence', headers: session.headers });
      assert.equal(after.statusCode, 401, 'the session itself timed out');
      const signInLate = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: auditor.email, password: auditor.password } });
      assert.deepEqual([signInLate.statusCode, signInLate.json().detail], [403, 'auditor access for jo@cpa.example runs from 2026-11-26 to 2026-11-27; today is 2026-11-28']);
    });
  });
}
