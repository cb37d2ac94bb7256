import assert from 'node:assert/strict';
import { inTransaction } from '../src/context.ts';
import { buildApp } from '../src/http/app.ts';
import { acceptInvite, inviteUser } from '../src/identity/invites.ts';
import { startSession } from '../src/identity/start-session.ts';
import type { Workspace } from '../src/open-workspace.ts';

/** Sets up a signed-in owner and returns the timed part: n API reads through the access check. */
export async function signedInReads(workspace: Workspace, n: number): Promise<() => Promise<void>> {
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  const ctx = workspace.context({ type: 'cli', id: 'bench' });
  const { invite } = await inviteUser(ctx, { email: 'bench@brightline.example', role: 'owner' }, undefined);
  await acceptInvite(ctx, invite.token, { password: 'correct horse battery staple', client: { ip: null, userAgent: null } });
  const row = await ctx.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
  const { cookie } = await inTransaction(ctx, (tx) => startSession(tx, row, { method: 'password', secondFactor: 'bench', client: { ip: null, userAgent: null } }));
  return async () => {
    for (let i = 0; i < n; i++) {
      const response = await app.inject({ url: '/api/workspace', headers: { cookie: `groundwork_session=${cookie}` } });
      assert.equal(response.statusCode, 200);
    }
    await app.close();
  };
}

/** The same number of requests on the bare HTTP path: no session, no database. */
export async function anonymousHealthChecks(workspace: Workspace, n: number): Promise<() => Promise<void>> {
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  return async () => {
    for (let i = 0; i < n; i++) assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
    await app.close();
  };
}
