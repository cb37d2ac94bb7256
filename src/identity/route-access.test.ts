import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { createTestSite, engines } from '../../test/engines.ts';
import { addUser, directSession, tokenHeaders, type TestUser } from '../../test/identity.ts';
import { registerAccess } from '../http/access.ts';
import { buildApp } from '../http/app.ts';
import { can, permissions, type RouteAccess, roles } from './roles.ts';

const today = Temporal.Now.plainDateISO('UTC');

type Via = 'session' | 'token';
type Caller = 'nobody' | `expired auditor (${Via})` | `${(typeof roles)[number]} (${Via})`;

/** What the access rule says a caller gets: through to the handler, 401 or 403. */
function expected(access: RouteAccess, caller: Caller): 'through' | 401 | 403 {
  if (access === 'public') return 'through';
  if (caller === 'nobody') return 401;
  const [who, via] = caller.replace(')', '').split(' (') as [string, Via];
  // A session opened before the access ended may still sign out; nothing else.
  if (who === 'expired auditor') return access === 'session' && via === 'session' ? 'through' : 403;
  const role = who as (typeof roles)[number];
  if (access === 'session' || access === 'account') return via === 'session' ? 'through' : 403;
  return can(role, access) ? 'through' : 403;
}

test('a route without an access rule stops the server from starting', async () => {
  const app = Fastify();
  registerAccess(app, undefined as never);
  assert.throws(() => app.get('/api/new-thing', async () => 'hello'), /GET \/api\/new-thing has no access rule/);
  app.get('/api/new-thing', { config: { access: 'evidence:read' } }, async () => 'hello');
  assert.deepEqual(app.accessRules, [{ method: 'GET', url: '/api/new-thing', access: 'evidence:read' }]);
});

for (const engine of engines) {
  describe(`the permission table on every route on ${engine.name}`, { skip: engine.skip }, () => {
    test('every route, with every role by session and by token, with no session, and with an expired auditor', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => {
        await app.close();
        await workspace.close();
      });
      assert.ok(app.accessRules.length >= 30, `${app.accessRules.length} API routes`);
      for (const rule of app.accessRules) {
        assert.ok(['public', 'session', 'account', ...Object.keys(permissions)].includes(rule.access), `${rule.method} ${rule.url}: ${rule.access}`);
      }

      const users = new Map<string, TestUser>();
      for (const role of roles) {
        const window = role === 'auditor' ? { accessFrom: today.subtract({ days: 30 }).toString(), accessUntil: today.add({ days: 30 }).toString() } : {};
        users.set(role, await addUser(workspace, role, window));
      }
      const ended = { accessFrom: today.subtract({ days: 90 }).toString(), accessUntil: today.subtract({ days: 1 }).toString() };
      users.set('expired auditor', await addUser(workspace, 'auditor', ended));
      const expiredToken = await tokenHeaders(workspace, 'auditor', 'read', ended);
      const tokens = new Map<string, Record<string, string>>();
      for (const role of roles) tokens.set(role, await tokenHeaders(workspace, role, 'read-write', role === 'auditor' ? { accessFrom: today.toString(), accessUntil: today.toString() } : {}));

      // A new session per request: some routes (sign out, sign out everywhere) end the one they run in.
      const headersOf = async (caller: Caller): Promise<Record<string, string>> => {
        if (caller === 'nobody') return {};
        const [who, via] = caller.replace(')', '').split(' (') as [string, Via];
        if (via === 'token') return who === 'expired auditor' ? expiredToken : tokens.get(who)!;
        return (await directSession(workspace, users.get(who)!)).headers;
      };
      const callers: Caller[] = ['nobody', ...(['expired auditor', ...roles] as const).flatMap((who) => [`${who} (session)`, `${who} (token)`] as Caller[])];

      const wrong: string[] = [];
      for (const rule of app.accessRules) {
        const url = rule.url.replace(/:(\w+)/g, 'x');
        for (const caller of callers) {
          const response = await app.inject({ method: rule.method as 'GET', url, headers: await headersOf(caller), ...(rule.method === 'GET' || rule.method === 'DELETE' ? {} : { payload: {} }) });
          const want = expected(rule.access, caller);
          const got = response.statusCode === 401 || response.statusCode === 403 ? response.statusCode : 'through';
          if (got !== want) wrong.push(`${rule.method} ${rule.url} (${rule.access}) as ${caller}: expected ${want}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  });
}
