import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { describe, type TestContext, test } from 'node:test';
import Provider from 'oidc-provider';
import { createTestSite, engines, type TestEngine } from '../../../test/engines.ts';
import { addUser } from '../../../test/identity.ts';
import { buildApp } from '../../http/app.ts';
import type { Problem } from '../../http/problem.ts';
import { inviteUser } from '../invites.ts';
import { updateSecuritySettings } from '../security-settings.ts';
import type { SignedIn } from '../session.ts';

const cli = { type: 'cli', id: 'root@server' } as const;
const client = { id: 'groundwork', secret: 'a client secret only the tests know' };

interface Person {
  sub: string;
  email: string;
  email_verified: boolean;
  /** How the identity provider authenticated them (RFC 8176). */
  amr?: string[];
}

/** Who the identity provider knows. Maya's address is in mixed case, as some directories keep it. */
const people = {
  maya: { sub: 'idp-0001', email: 'Maya@Brightline.example', email_verified: true, amr: ['pwd', 'mfa'] },
  theo: { sub: 'idp-0002', email: 'theo@brightline.example', email_verified: true, amr: ['pwd'] },
  priya: { sub: 'idp-0003', email: 'priya@brightline.example', email_verified: true, amr: ['pwd', 'otp', 'mfa'] },
  jo: { sub: 'idp-0004', email: 'jo@brightline.example', email_verified: false },
  sam: { sub: 'idp-0005', email: 'sam@elsewhere.example', email_verified: true },
} satisfies Record<string, Person>;

const personWith = (sub: string | null): Person | undefined => Object.values<Person>(people).find((p) => p.sub === sub);

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

/**
 * A real OpenID provider on loopback with Groundwork as its one client. Its sign-in page is a
 * form that posts the person's login; signing in there also consents to what Groundwork asks.
 */
async function startIdentityProvider(redirectUri: string, emailOnlyFromUserinfo = false): Promise<{ issuer: string; close(): Promise<void> }> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = () => {};
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: client.id, client_secret: client.secret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['provider cookie key'] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    pkce: { required: () => true },
    // amr with every ID token, as most providers send it; oidc-provider would only on request.
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    // Claims in the ID token, as most providers send them; or, as the spec allows, only from userinfo.
    conformIdTokenClaims: emailOnlyFromUserinfo,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const person = personWith(sub);
      return person && { accountId: sub, claims: () => ({ sub, email: person.email, email_verified: person.email_verified }) };
    },
  });
  const oidc = provider.callback();
  handle = (req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/interaction/')) return oidc(req, res);
    signInAtProvider(provider, req, res).catch((error: Error) => res.writeHead(500).end(error.message));
  };
  return {
    issuer,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function signInAtProvider(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { params } = await provider.interactionDetails(req, res);
  const sub = new URLSearchParams(await text(req)).get('login');
  const person = personWith(sub);
  if (!person) throw new Error(`the provider knows no login "${sub}"`);
  const grant = new provider.Grant({ accountId: person.sub, clientId: String(params.client_id) });
  grant.addOIDCScope(String(params.scope));
  await provider.interactionFinished(req, res, { login: { accountId: person.sub, amr: person.amr }, consent: { grantId: await grant.save() } });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Groundwork listening on loopback, its public URL the address it listens on, and an identity
 * provider that redirects back to it. SSO is set in the environment, in the workspace, or not yet.
 */
async function groundworkWithProvider(t: TestContext, engine: TestEngine['name'], sso: 'environment' | 'workspace' | 'none', emailOnlyFromUserinfo = false) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const idp = await startIdentityProvider(`${base}/api/auth/sso/callback`, emailOnlyFromUserinfo);
  const env: Record<string, string> = sso === 'environment' ? { GROUNDWORK_OIDC_ISSUER: idp.issuer, GROUNDWORK_OIDC_CLIENT_ID: client.id, GROUNDWORK_OIDC_CLIENT_SECRET: client.secret } : {};
  const workspace = await (await createTestSite(engine, { GROUNDWORK_PUBLIC_URL: base, ...env })).open();
  const logs: string[] = [];
  const app = await buildApp(workspace, { logger: { stream: { write: (line: string) => logs.push(line) } }, webDir: '/nonexistent' });
  await app.listen({ port, host: '127.0.0.1' });
  t.after(async () => {
    await app.close();
    await workspace.close();
    await idp.close();
  });
  const ctx = workspace.context(cli);
  if (sso === 'workspace') await updateSecuritySettings(ctx, workspace.config.oidc, { ssoIssuer: idp.issuer, ssoClientId: client.id, ssoClientSecret: client.secret });
  const events = async (action: string) =>
    (await workspace.store.db.selectFrom('evidence_events').select(['actor_type', 'actor_id', 'subject_id', 'data']).where('action', '=', action).orderBy('seq').execute()).map((e) => ({
      ...e,
      data: JSON.parse(e.data) as Record<string, unknown>,
    }));
  return { base, issuer: idp.issuer, workspace, ctx, events, logs };
}

/** A browser that shows each redirect rather than following it, and keeps cookies per host (not port), as browsers do. */
function browser() {
  const jar = new Map<string, string>();
  const request = async (url: string | URL, init: RequestInit = {}) => {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [name = '', value = ''] = line.split(';')[0]!.split(/=(.*)/);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    return response;
  };
  return {
    get: (url: string | URL) => request(url),
    post: (url: string | URL, form: Record<string, string>) => request(url, { method: 'POST', body: new URLSearchParams(form) }),
    cookie: (name: string) => jar.get(name),
  };
}
type Browser = ReturnType<typeof browser>;

function redirectOf(response: Response): URL {
  assert.ok(response.status === 302 || response.status === 303, `expected a redirect, got ${response.status}`);
  return new URL(response.headers.get('location')!, response.url);
}

/** "Sign in with SSO", then signing in at the identity provider: returns the callback the provider sends the browser to. */
async function throughProvider(browser: Browser, base: string, person: Person, next?: string): Promise<URL> {
  const authorize = redirectOf(await browser.get(`${base}/api/auth/sso/start${next ? `?next=${encodeURIComponent(next)}` : ''}`));
  const signInPage = redirectOf(await browser.get(authorize));
  const resume = redirectOf(await browser.post(signInPage, { login: person.sub }));
  return redirectOf(await browser.get(resume));
}

for (const engine of engines) {
  describe(`signing in with SSO on ${engine.name}`, { skip: engine.skip }, () => {
    test('an owner whose identity provider did MFA is signed in and ready, and the evidence says how', async (t) => {
      const { base, issuer, workspace, events, logs } = await groundworkWithProvider(t, engine.name, 'environment');
      await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      const maya = browser();

      const callback = await throughProvider(maya, base, people.maya);
      assert.equal(`${callback.origin}${callback.pathname}`, `${base}/api/auth/sso/callback`);
      const back = await maya.get(callback);
      assert.equal(back.status, 302);
      assert.equal(back.headers.get('location'), '/');
      assert.match(back.headers.getSetCookie().join('\n'), /^groundwork_session=gws_.*HttpOnly; SameSite=Lax/m);

      const session = await maya.get(`${base}/api/auth/session`);
      assert.equal(session.status, 200);
      const signedIn = (await session.json()) as SignedIn;
      assert.equal(signedIn.user.email, 'maya@brightline.example');
      assert.equal(signedIn.stage, 'ready');
      assert.equal(signedIn.session.method, 'sso');

      const [, viaSso] = await events('identity.user.signed_in');
      assert.deepEqual(
        { method: viaSso?.data.method, secondFactor: viaSso?.data.secondFactor, issuer: viaSso?.data.issuer, subject: viaSso?.data.subject, actor: viaSso?.actor_id },
        { method: 'sso', secondFactor: 'idp:pwd,mfa', issuer, subject: people.maya.sub, actor: 'maya@brightline.example' },
      );
      const evidence = JSON.stringify(await workspace.store.db.selectFrom('evidence_events').selectAll().execute());
      const code = callback.searchParams.get('code')!;
      for (const [where, text] of [['evidence', evidence], ['server log', logs.join('')]]) {
        assert.ok(!text!.includes(code), `the authorization code is not in the ${where}`);
        assert.ok(!text!.includes('eyJ'), `no token is in the ${where}`);
      }
      assert.match(logs.join(''), /\/api\/auth\/session/, 'requests are logged');
    });

    test('without MFA at the identity provider, an owner still has to enrol an authenticator', async (t) => {
      const { base, workspace, events } = await groundworkWithProvider(t, engine.name, 'environment');
      await addUser(workspace, 'owner', { email: 'theo@brightline.example' });
      const theo = browser();
      assert.equal((await theo.get(await throughProvider(theo, base, people.theo))).headers.get('location'), '/');
      const signedIn = (await (await theo.get(`${base}/api/auth/session`)).json()) as SignedIn;
      assert.equal(signedIn.stage, 'enrol');
      assert.equal((await events('identity.user.signed_in')).at(-1)?.data.secondFactor, null);
    });

    test('after signing in, the browser opens the page it asked for, and only a page of Groundwork', async (t) => {
      const { base, workspace } = await groundworkWithProvider(t, engine.name, 'environment');
      await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      for (const [next, landing] of [['/evidence?action=identity.user.signed_in', '/evidence?action=identity.user.signed_in'], ['//evil.example/phish', '/'], ['https://evil.example', '/']]) {
        const maya = browser();
        assert.equal((await maya.get(await throughProvider(maya, base, people.maya, next))).headers.get('location'), landing, next);
      }
    });

    test('a provider that gives the email only from userinfo signs people in too; unverified is still refused', async (t) => {
      const { base, workspace } = await groundworkWithProvider(t, engine.name, 'environment', true);
      await addUser(workspace, 'member', { email: 'theo@brightline.example' });
      await addUser(workspace, 'member', { email: 'jo@brightline.example' });
      const theo = browser();
      assert.equal((await theo.get(await throughProvider(theo, base, people.theo))).headers.get('location'), '/');
      assert.equal(((await (await theo.get(`${base}/api/auth/session`)).json()) as SignedIn).user.email, 'theo@brightline.example');
      const jo = browser();
      const refused = new URL((await jo.get(await throughProvider(jo, base, people.jo))).headers.get('location')!, base);
      assert.match(refused.searchParams.get('error') ?? '', /did not confirm your email address is verified/);
    });

    test('an invited member who signs in with SSO accepts the invite and becomes active', async (t) => {
      const { base, ctx, events } = await groundworkWithProvider(t, engine.name, 'workspace');
      const { invite } = await inviteUser(ctx, { email: 'priya@brightline.example', role: 'member' }, 'owner');
      const priya = browser();

      assert.equal((await priya.get(await throughProvider(priya, base, people.priya))).headers.get('location'), '/');
      const signedIn = (await (await priya.get(`${base}/api/auth/session`)).json()) as SignedIn;
      assert.equal(signedIn.user.status, 'active');
      assert.equal(signedIn.stage, 'ready');
      const [accepted] = await events('identity.invite.accepted');
      assert.deepEqual(accepted?.data, { email: 'priya@brightline.example', role: 'member', method: 'sso' });
      assert.equal(accepted?.actor_id, 'priya@brightline.example');
      assert.equal((await fetch(`${base}/api/auth/invites/${invite.token}`)).status, 409, 'the invite link is used up');
    });

    test('an email Groundwork does not know, or one the provider has not verified, is refused with the reason', async (t) => {
      const { base, workspace, events } = await groundworkWithProvider(t, engine.name, 'environment');
      await addUser(workspace, 'member', { email: 'jo@brightline.example' });
      const refusals: [Person, RegExp][] = [
        [people.sam, /^sam@elsewhere\.example is not a user of this workspace; ask one of its admins to invite you$/],
        [people.jo, /did not confirm your email address is verified/],
      ];
      for (const [person, message] of refusals) {
        const visitor = browser();
        const sentTo = redirectOf(await visitor.get(await throughProvider(visitor, base, person)));
        assert.equal(sentTo.pathname, '/sign-in');
        assert.match(sentTo.searchParams.get('error')!, message);
        assert.equal(visitor.cookie('groundwork_session'), undefined);
      }
      assert.deepEqual(
        (await events('identity.sign_in.failed')).map((e) => [e.actor_type, e.actor_id, e.subject_id, e.data.method, e.data.reason]),
        [
          ['anonymous', '127.0.0.1', 'sam@elsewhere.example', 'sso', 'sso_unknown_email'],
          ['anonymous', '127.0.0.1', 'jo@brightline.example', 'sso', 'sso_email_unverified'],
        ],
      );
      const failures = await workspace.store.db.selectFrom('auth_failures').select('key').execute();
      assert.deepEqual(failures.map((f) => f.key), ['ip:127.0.0.1', 'ip:127.0.0.1'], 'each refusal counts towards back-off');
    });

    test('a callback counts once, and only within ten minutes of starting', async (t) => {
      const { base, workspace, events } = await groundworkWithProvider(t, engine.name, 'environment');
      await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      const maya = browser();
      const callback = await throughProvider(maya, base, people.maya);
      assert.equal((await maya.get(callback)).headers.get('location'), '/');
      const replayed = redirectOf(await maya.get(callback));
      assert.match(replayed.searchParams.get('error')!, /unknown or was already used/);

      const late = browser();
      const lateCallback = await throughProvider(late, base, people.maya);
      await workspace.store.db.updateTable('sso_requests').set({ created_at: new Date(Date.now() - 11 * 60_000).toISOString() }).execute();
      const expired = redirectOf(await late.get(lateCallback));
      assert.match(expired.searchParams.get('error')!, /took longer than 10 minutes/);
      assert.equal(late.cookie('groundwork_session'), undefined);

      assert.deepEqual(
        (await events('identity.sign_in.failed')).map((e) => [e.subject_id, e.data.reason]),
        [
          ['unknown', 'sso_state_unknown'],
          ['unknown', 'sso_state_expired'],
        ],
      );
    });

    test('SSO follows the workspace settings: none is a 404, and a changed client takes effect', async (t) => {
      const { base, issuer, ctx, workspace } = await groundworkWithProvider(t, engine.name, 'none');
      const start = () => fetch(`${base}/api/auth/sso/start`, { redirect: 'manual' });
      const missing = await start();
      assert.equal(missing.status, 404);
      assert.match(((await missing.json()) as Problem).detail, /^single sign-on is not set up for this workspace/);

      await updateSecuritySettings(ctx, workspace.config.oidc, { ssoIssuer: issuer, ssoClientId: client.id, ssoClientSecret: client.secret });
      const authorize = redirectOf(await start());
      assert.equal(`${authorize.origin}${authorize.pathname}`, `${issuer}/auth`);
      const query = Object.fromEntries(authorize.searchParams);
      assert.deepEqual(
        { client_id: query.client_id, response_type: query.response_type, scope: query.scope, redirect_uri: query.redirect_uri, code_challenge_method: query.code_challenge_method },
        { client_id: client.id, response_type: 'code', scope: 'openid email profile', redirect_uri: `${base}/api/auth/sso/callback`, code_challenge_method: 'S256' },
      );
      const pending = await workspace.store.db.selectFrom('sso_requests').selectAll().execute();
      assert.deepEqual(pending.map((p) => p.state), [query.state]);
      assert.ok(query.nonce && query.code_challenge && query.code_challenge !== pending[0]?.code_verifier, 'the verifier stays here; only its challenge travels');

      await updateSecuritySettings(ctx, workspace.config.oidc, { ssoClientId: 'groundwork-eu' });
      assert.equal(redirectOf(await start()).searchParams.get('client_id'), 'groundwork-eu');

      // A provider that does not answer sends the person back to the sign-in page with the reason.
      await updateSecuritySettings(ctx, workspace.config.oidc, { ssoIssuer: 'http://127.0.0.1:1' });
      const unreachable = redirectOf(await start());
      assert.equal(unreachable.pathname, '/sign-in');
      assert.match(unreachable.searchParams.get('error') ?? '', /^could not read the identity provider's configuration from http:\/\/127\.0\.0\.1:1/);
    });

    test('with SSO only, password sign-in is refused and SSO still works', async (t) => {
      const { base, ctx, workspace } = await groundworkWithProvider(t, engine.name, 'workspace');
      const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      await updateSecuritySettings(ctx, workspace.config.oidc, { ssoOnly: true });

      const password = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: maya.email, password: maya.password }) });
      assert.equal(password.status, 403);
      assert.match(((await password.json()) as Problem).detail, /signs in with SSO only/);
      const visitor = browser();
      assert.equal((await visitor.get(await throughProvider(visitor, base, people.maya))).headers.get('location'), '/');
    });
  });
}
