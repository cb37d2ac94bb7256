/**
 * Signed-in callers for HTTP tests, made the way people make them: an invite accepted with a
 * password, an authenticator enrolled where the role needs one, and an API token created.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { inTransaction } from '../src/context.ts';
import { createApiToken, type TokenScope } from '../src/identity/api-tokens.ts';
import { acceptInvite, inviteUser } from '../src/identity/invites.ts';
import type { Role } from '../src/identity/roles.ts';
import { startSession } from '../src/identity/start-session.ts';
import { totpCode } from '../src/identity/totp.ts';
import type { User } from '../src/identity/user.ts';
import type { Workspace } from '../src/open-workspace.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

const client = { ip: '127.0.0.1', userAgent: 'node:test' };

export interface TestUser {
  user: User;
  email: string;
  password: string;
  /** Set by signIn once the user has enrolled an authenticator. */
  totpSecret?: string;
}

/** A user who accepted their invite; the invite, acceptance and first sign-in are 3 evidence events. */
export async function addUser(workspace: Workspace, role: Role, options: { email?: string; accessFrom?: string; accessUntil?: string } = {}): Promise<TestUser> {
  const ctx = workspace.context({ type: 'cli', id: 'test@localhost' });
  const email = options.email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@brightline.example`;
  const { invite } = await inviteUser(ctx, { email, role, accessFrom: options.accessFrom, accessUntil: options.accessUntil }, undefined);
  const accepted = await acceptInvite(ctx, invite.token, { password: TEST_PASSWORD, client });
  return { user: accepted.signedIn.user, email, password: TEST_PASSWORD };
}

/** Bearer headers for a new user of `role`; 4 evidence events (invite, acceptance, sign-in, token). */
export async function tokenHeaders(workspace: Workspace, role: Role = 'owner', scope: TokenScope = 'read-write', options: Parameters<typeof addUser>[2] = {}): Promise<{ authorization: string }> {
  const { user } = await addUser(workspace, role, options);
  const { secret } = await createApiToken(workspace.context({ type: 'user', id: user.email }), user, { name: 'tests', scope, expiresInDays: 30 });
  return { authorization: `Bearer ${secret}` };
}

export interface BrowserSession {
  email: string;
  /** Headers for app.inject: the cookie, and the CSRF token for requests that change something. */
  headers: { cookie: string; 'x-csrf-token': string };
  totpSecret: string | undefined;
}

export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const line = [setCookie ?? []].flat().find((c) => c.startsWith('groundwork_session='));
  assert.ok(line, 'the response sets the session cookie');
  return line.split(';')[0]!;
}

/** Signs in over HTTP with the password, enrolling an authenticator first when the role needs one. */
export async function signIn(app: FastifyInstance, workspace: Workspace, who: TestUser, now: () => Date = () => new Date()): Promise<BrowserSession> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: who.email, password: who.password } });
  assert.equal(response.statusCode, 200, response.body);
  const cookie = sessionCookieOf(response.headers['set-cookie']);
  const body = response.json();
  const headers = { cookie, 'x-csrf-token': body.csrfToken as string };
  if (body.stage === 'ready') return { email: who.email, headers, totpSecret: who.totpSecret };
  if (body.stage === 'second_factor') {
    assert.ok(who.totpSecret, 'the user enrolled in an earlier signIn');
    const code = await app.inject({ method: 'POST', url: '/api/auth/second-factor', headers, payload: { code: await totpCode(who.totpSecret, now()) } });
    assert.equal(code.statusCode, 200, code.body);
    return { email: who.email, headers, totpSecret: who.totpSecret };
  }
  assert.equal(body.stage, 'enrol');
  const enrol = await app.inject({ method: 'POST', url: '/api/auth/totp', headers });
  assert.equal(enrol.statusCode, 200, enrol.body);
  const secret = enrol.json().secret as string;
  const confirm = await app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers, payload: { code: await totpCode(secret, now()) } });
  assert.equal(confirm.statusCode, 200, confirm.body);
  who.totpSecret = secret;
  return { email: who.email, headers, totpSecret: secret };
}

/**
 * A browser session opened directly, its second factor counted as given: for tests that
 * need many sessions and are not about signing in itself.
 */
export async function directSession(workspace: Workspace, who: TestUser): Promise<BrowserSession> {
  const ctx = workspace.context({ type: 'user', id: who.email });
  const row = await ctx.db.selectFrom('users').selectAll().where('email', '=', who.email).executeTakeFirstOrThrow();
  const { cookie, signedIn } = await inTransaction(ctx, (tx) => startSession(tx, row, { method: 'password', secondFactor: 'test', client }));
  return { email: who.email, headers: { cookie: `groundwork_session=${cookie}`, 'x-csrf-token': signedIn.csrfToken }, totpSecret: undefined };
}
