import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { addUser, sessionCookieOf, signIn, TEST_PASSWORD } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { createSetupLink } from './invites.ts';
import { totpCode } from './totp.ts';

const cli = { type: 'cli', id: 'root@server' } as const;

async function site(engine: 'sqlite' | 'postgres', start = '2026-11-26T14:00:00.000Z') {
  const clock = manualClock(start);
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  const actions = async (prefix = 'identity.') =>
    (await workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_type', 'actor_id', 'data']).where('action', 'like', `${prefix}%`).orderBy('seq').execute()).map((e) => ({
      ...e,
      data: JSON.parse(e.data) as Record<string, unknown>,
    }));
  return { clock, workspace, app, actions, close: async () => (await app.close(), await workspace.close()) };
}

for (const engine of engines) {
  describe(`signing in on ${engine.name}`, { skip: engine.skip }, () => {
    test('first run: the setup link creates the owner, who must enrol an authenticator before anything else', async (t) => {
      const { clock, workspace, app, actions, close } = await site(engine.name);
      t.after(close);
      assert.equal((await app.inject('/api/auth/options')).json().setupRequired, true);
      const link = await createSetupLink(workspace.context(cli));
      assert.ok(link);
      const invite = await app.inject(`/api/auth/invites/${link.token}`);
      assert.deepEqual(invite.json(), { kind: 'setup', email: null, name: null, role: 'owner', expiresAt: '2026-11-26T15:00:00.000Z' });

      const weak = await app.inject({ method: 'POST', url: `/api/auth/invites/${link.token}/accept`, payload: { email: 'maya@brightline.example', password: 'brightline2026' } });
      assert.equal(weak.statusCode, 400);
      assert.equal(weak.json().where, 'password');
      assert.match(weak.json().detail, /contains "brightline" from your email/);
      assert.equal((await app.inject('/api/auth/options')).json().setupRequired, true, 'a refused password creates nobody');

      const accepted = await app.inject({ method: 'POST', url: `/api/auth/invites/${link.token}/accept`, payload: { email: 'Maya@Brightline.example', name: 'Maya Chen', password: TEST_PASSWORD } });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().user.email, 'maya@brightline.example');
      assert.equal(accepted.json().stage, 'enrol');
      assert.equal(accepted.json().secondFactorRequiredBy, 'role');
      assert.deepEqual(accepted.json().permissions, []);
      const headers = { cookie: sessionCookieOf(accepted.headers['set-cookie']), 'x-csrf-token': accepted.json().csrfToken };
      assert.match(String(accepted.headers['set-cookie']), /HttpOnly; SameSite=Lax/);

      const reused = await app.inject({ method: 'POST', url: `/api/auth/invites/${link.token}/accept`, payload: { email: 'eve@brightline.example', password: TEST_PASSWORD } });
      assert.equal(reused.statusCode, 409);
      assert.match(reused.json().detail, /already used/);

      const early = await app.inject({ url: '/api/evidence', headers });
      assert.equal(early.statusCode, 403);
      assert.equal(early.json().detail, 'set up an authenticator app before anything else');

      const enrol = (await app.inject({ method: 'POST', url: '/api/auth/totp', headers })).json();
      assert.match(enrol.uri, /^otpauth:\/\/totp\/.*maya%40brightline\.example\?secret=/);
      const wrong = await app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers, payload: { code: '000000' } });
      assert.equal(wrong.statusCode, 400);
      const enrolCode = await totpCode(enrol.secret, clock.now());
      const confirmed = await app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers, payload: { code: enrolCode } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal(confirmed.json().recoveryCodes.length, 10);
      assert.equal(confirmed.json().signedIn.stage, 'ready');
      assert.equal((await app.inject({ url: '/api/evidence', headers })).statusCode, 200);

      // Next sign-in: password, then the second factor; the code used to enrol cannot be used again.
      assert.equal((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers })).statusCode, 204);
      assert.equal((await app.inject({ url: '/api/auth/session', headers })).statusCode, 401);
      const again = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'maya@brightline.example', password: TEST_PASSWORD } });
      assert.equal(again.json().stage, 'second_factor');
      const second = { cookie: sessionCookieOf(again.headers['set-cookie']), 'x-csrf-token': again.json().csrfToken };
      const replay = await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: second, payload: { code: enrolCode } });
      assert.equal(replay.statusCode, 401);
      assert.equal(replay.json().detail, 'this code was already used; wait for the next one');
      clock.advance(30_000);
      const fresh = await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: second, payload: { code: await totpCode(enrol.secret, clock.now()) } });
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.equal(fresh.json().stage, 'ready');

      // A recovery code works once.
      const third = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'maya@brightline.example', password: TEST_PASSWORD } });
      const thirdHeaders = { cookie: sessionCookieOf(third.headers['set-cookie']), 'x-csrf-token': third.json().csrfToken };
      const recovery = confirmed.json().recoveryCodes[0];
      assert.equal((await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: thirdHeaders, payload: { code: recovery.toUpperCase() } })).json().stage, 'ready');
      const fourth = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'maya@brightline.example', password: TEST_PASSWORD } });
      const fourthHeaders = { cookie: sessionCookieOf(fourth.headers['set-cookie']), 'x-csrf-token': fourth.json().csrfToken };
      const spent = await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: fourthHeaders, payload: { code: recovery } });
      assert.equal(spent.json().detail, 'the recovery code is wrong or was already used');

      assert.deepEqual(
        (await actions()).map((e) => [e.action, e.actor_type, e.data.reason ?? e.data.method ?? null]),
        [
          ['identity.setup_link.created', 'cli', null],
          ['identity.invite.accepted', 'user', null],
          ['identity.user.signed_in', 'user', 'password'],
          ['identity.mfa.enrolled', 'user', 'totp'],
          ['identity.session.ended', 'user', 'signed_out'],
          ['identity.user.signed_in', 'user', 'password'],
          ['identity.second_factor.failed', 'user', 'replayed_code'],
          ['identity.second_factor.verified', 'user', 'totp'],
          ['identity.user.signed_in', 'user', 'password'],
          ['identity.second_factor.verified', 'user', 'recovery_code'],
          ['identity.user.signed_in', 'user', 'password'],
          ['identity.second_factor.failed', 'user', 'wrong_recovery_code'],
        ],
      );
    });

    test('a wrong email and a wrong password get one message; repeated failures back off', async (t) => {
      const { clock, workspace, app, actions, close } = await site(engine.name);
      t.after(close);
      const sam = await addUser(workspace, 'member', { email: 'sam@brightline.example' });
      const attempt = (email: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
      const unknown = await attempt('nobody@brightline.example', 'whatever it is');
      const wrong = await attempt(sam.email, 'whatever it is');
      assert.deepEqual([unknown.statusCode, unknown.json().detail], [wrong.statusCode, wrong.json().detail]);
      assert.deepEqual([wrong.statusCode, wrong.json().detail], [401, 'the email or password is wrong']);
      for (let i = 0; i < 3; i++) await attempt(sam.email, 'still not it');
      const throttled = await attempt(sam.email, sam.password);
      assert.equal(throttled.statusCode, 429, 'even the right password waits once the account is backing off');
      assert.equal(throttled.headers['retry-after'], '30');
      clock.advance(31_000);
      assert.equal((await attempt(sam.email, sam.password)).statusCode, 200);
      const reasons = (await actions('identity.sign_in.failed')).map((e) => e.data.reason);
      assert.deepEqual(reasons, ['unknown_email', 'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'throttled']);
      assert.equal((await actions('identity.sign_in.failed'))[0]!.actor_type, 'anonymous');
    });

    test('behind a trusted proxy, back-off and evidence see the person’s address', async (t) => {
      const clock = manualClock('2026-11-26T14:00:00.000Z');
      const workspace = await (await createTestSite(engine.name, { GROUNDWORK_TRUST_PROXY: '1' })).open({ now: clock.now });
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const forwarded = await app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'x-forwarded-for': '203.0.113.7' }, payload: { email: 'nobody@brightline.example', password: 'not a password' } });
      assert.equal(forwarded.statusCode, 401);
      const [event] = await workspace.store.db.selectFrom('evidence_events').select(['actor_id', 'data']).where('action', '=', 'identity.sign_in.failed').execute();
      assert.equal(event!.actor_id, '203.0.113.7');
      assert.equal(JSON.parse(event!.data).ip, '203.0.113.7');
    });

    test('sessions end after the idle and the absolute timeouts, which the owner sets', async (t) => {
      const { clock, workspace, app, actions, close } = await site(engine.name);
      t.after(close);
      const owner = await addUser(workspace, 'owner');
      const session = await signIn(app, workspace, owner, clock.now);
      clock.advance(29 * 60_000);
      assert.equal((await app.inject({ url: '/api/workspace', headers: session.headers })).statusCode, 200);
      clock.advance(29 * 60_000);
      assert.equal((await app.inject({ url: '/api/workspace', headers: session.headers })).statusCode, 200, 'activity keeps the session open');
      clock.advance(30 * 60_000);
      const idle = await app.inject({ url: '/api/workspace', headers: session.headers });
      assert.equal(idle.statusCode, 401);
      assert.equal(idle.json().detail, 'your session timed out after 30 minutes without activity; sign in again');

      clock.advance(30_000);
      const next = await signIn(app, workspace, owner, clock.now);
      const changed = await app.inject({ method: 'PATCH', url: '/api/security-settings', headers: next.headers, payload: { sessionMaxHours: 2, sessionIdleMinutes: 60 } });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal(changed.json().sso.redirectUri, 'http://127.0.0.1:0/api/auth/sso/callback');
      for (let i = 0; i < 4; i++) {
        clock.advance(30 * 60_000);
        assert.equal((await app.inject({ url: '/api/workspace', headers: next.headers })).statusCode, i < 3 ? 200 : 401);
      }
      assert.deepEqual((await actions('identity.session.ended')).map((e) => e.data.reason), ['idle', 'expired']);
      assert.deepEqual((await actions('identity.settings.updated'))[0]!.data.after, {
        mfaRequiredForAll: false,
        sessionIdleMinutes: 60,
        sessionMaxHours: 2,
        sso: { issuer: null, clientId: null, clientSecretSet: false, source: 'none', only: false },
      });
    });

    test('cookies: a change without the CSRF token, or with a tampered cookie, is refused and changes nothing', async (t) => {
      const { clock, workspace, app, close } = await site(engine.name);
      t.after(close);
      const owner = await addUser(workspace, 'owner');
      const session = await signIn(app, workspace, owner, clock.now);
      const before = await workspace.store.db.selectFrom('evidence_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const noCsrf = await app.inject({ method: 'POST', url: '/api/evidence/checkpoints', headers: { cookie: session.headers.cookie } });
      assert.equal(noCsrf.statusCode, 403);
      assert.match(noCsrf.json().detail, /x-csrf-token/);
      const wrongCsrf = await app.inject({ method: 'POST', url: '/api/evidence/checkpoints', headers: { ...session.headers, 'x-csrf-token': 'guess' } });
      assert.equal(wrongCsrf.statusCode, 403);
      const tampered = await app.inject({ url: '/api/workspace', headers: { cookie: `${session.headers.cookie.slice(0, -2)}xx` } });
      assert.equal(tampered.statusCode, 401);
      const unknownField = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: owner.email, password: owner.password, remember: true } });
      assert.deepEqual([unknownField.statusCode, unknownField.json().where, unknownField.json().detail], [400, 'body.remember', 'body.remember: Unrecognized key: "remember"']);
      const malformed = await app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: '{"email": "maya@' });
      assert.equal(malformed.statusCode, 400);
      assert.match(malformed.json().detail, /not valid JSON/);
      const oversized = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: owner.email, password: 'x'.repeat(2 * 1024 * 1024) } });
      assert.equal(oversized.statusCode, 413);
      const after = await workspace.store.db.selectFrom('evidence_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n));
    });

    test('sign out everywhere ends every session of the user, and lists what is open before', async (t) => {
      const { clock, workspace, app, close } = await site(engine.name);
      t.after(close);
      const owner = await addUser(workspace, 'owner');
      const laptop = await signIn(app, workspace, owner, clock.now);
      clock.advance(30_000);
      const phone = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: owner.email, password: owner.password } });
      const phoneHeaders = { cookie: sessionCookieOf(phone.headers['set-cookie']), 'x-csrf-token': phone.json().csrfToken };
      await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: phoneHeaders, payload: { code: await totpCode(laptop.totpSecret!, clock.now()) } });
      const list = (await app.inject({ url: '/api/account/sessions', headers: laptop.headers })).json();
      assert.equal(list.sessions.length, 3, 'the enrolment sign-in, the laptop and the phone');
      const everywhere = await app.inject({ method: 'POST', url: '/api/account/sessions/end-all', headers: phoneHeaders });
      assert.deepEqual(everywhere.json(), { ended: 3 });
      assert.equal((await app.inject({ url: '/api/workspace', headers: laptop.headers })).statusCode, 401);
      assert.equal((await app.inject({ url: '/api/workspace', headers: phoneHeaders })).statusCode, 401);
    });

    test('an invite expires after 7 days and a member needs no authenticator unless the workspace requires one', async (t) => {
      const { clock, workspace, app, close } = await site(engine.name);
      t.after(close);
      const owner = await addUser(workspace, 'owner');
      const admin = await signIn(app, workspace, owner, clock.now);
      const invited = await app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { email: 'lee@brightline.example', role: 'member' } });
      assert.equal(invited.statusCode, 201, invited.body);
      const token = invited.json().inviteUrl.split('/invite/')[1];
      assert.equal(invited.json().user.status, 'invited');
      clock.advance(7 * 86_400_000 + 1);
      const late = await app.inject({ method: 'POST', url: `/api/auth/invites/${token}/accept`, payload: { password: TEST_PASSWORD } });
      assert.equal(late.statusCode, 409);
      assert.match(late.json().detail, /expired/);

      const renewed = await app.inject({ method: 'POST', url: `/api/users/${invited.json().user.id}/invite`, headers: (await signIn(app, workspace, owner, clock.now)).headers });
      const fresh = renewed.json().inviteUrl.split('/invite/')[1];
      const member = await app.inject({ method: 'POST', url: `/api/auth/invites/${fresh}/accept`, payload: { password: TEST_PASSWORD } });
      assert.equal(member.json().stage, 'ready');
      assert.equal(member.json().secondFactorRequiredBy, null);
      assert.deepEqual(member.json().permissions, ['workspace:read', 'policies:read', 'checklists:confirm']);

      clock.advance(60_000);
      const ownerAgain = await signIn(app, workspace, owner, clock.now);
      await app.inject({ method: 'PATCH', url: '/api/security-settings', headers: ownerAgain.headers, payload: { mfaRequiredForAll: true } });
      const memberAgain = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'lee@brightline.example', password: TEST_PASSWORD } });
      assert.equal(memberAgain.json().stage, 'enrol');
      assert.equal(memberAgain.json().secondFactorRequiredBy, 'workspace');
    });
  });
}
