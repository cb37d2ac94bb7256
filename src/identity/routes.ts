import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { clientOf, SESSION_COOKIE } from '../http/access.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import type { Identity } from './authenticate.ts';
import { acceptInvite, readInvite } from './invites.ts';
import {
  acceptInviteBody,
  apiToken,
  codeBody,
  createTokenBody,
  idParams,
  inviteParams,
  inviteView,
  recoveryCodes,
  sessionList,
  signedIn,
  signInBody,
  signInOptions,
  totpEnrolment,
} from './schemas.ts';
import { beginTotpEnrolment, confirmTotpEnrolment, regenerateRecoveryCodes, verifySecondFactor } from './second-factor.ts';
import { getSecuritySettings } from './security-settings.ts';
import { endSessions, listSessions } from './sessions.ts';
import { signInWithPassword } from './sign-in.ts';

export function setSessionCookie(workspace: Workspace, reply: FastifyReply, cookie: string, maxHours: number): void {
  reply.setCookie(SESSION_COOKIE, cookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: workspace.config.publicUrl.startsWith('https:'),
    maxAge: maxHours * 3600,
  });
}

function sessionIdentity(request: FastifyRequest): Identity & { via: 'session' } {
  const identity = request.identity;
  if (identity?.via !== 'session') throw new AppError('unauthenticated', 'you are not signed in');
  return identity;
}

/** Signing in and out, the second factor, and the user's own sessions and API tokens. */
export function authRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['identity'];

    app.get('/auth/options', { config: { access: 'public' }, schema: { tags, summary: 'How to sign in here', response: { 200: signInOptions } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const settings = await getSecuritySettings(ctx, workspace.config.oidc);
      const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      return { setupRequired: !anyUser, password: !settings.sso.only, sso: { enabled: settings.sso.source !== 'none', only: settings.sso.only } };
    });

    app.post('/auth/sign-in', { config: { access: 'public' }, schema: { tags, summary: 'Sign in with email and password', body: signInBody, response: { 200: signedIn } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      const settings = await getSecuritySettings(ctx, workspace.config.oidc);
      const result = await signInWithPassword(ctx, settings, { ...request.body, client: clientOf(request) });
      setSessionCookie(workspace, reply, result.cookie, settings.sessionMaxHours);
      return result.signedIn;
    });

    app.get('/auth/session', { config: { access: 'session' }, schema: { tags, summary: 'The current session and what it owes', response: { 200: signedIn } } }, async (request) =>
      sessionIdentity(request).signedIn,
    );

    app.post('/auth/sign-out', { config: { access: 'session' }, schema: { tags, summary: 'End this session' } }, async (request, reply) => {
      const identity = sessionIdentity(request);
      await endSessions(requestContext(workspace, request), identity.user, { id: identity.session.id });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    });

    app.post('/auth/second-factor', { config: { access: 'session' }, schema: { tags, summary: 'Give the second factor: a TOTP or recovery code', body: codeBody, response: { 200: signedIn } } }, async (request) =>
      verifySecondFactor(requestContext(workspace, request), sessionIdentity(request), request.body.code),
    );

    app.post('/auth/totp', { config: { access: 'session' }, schema: { tags, summary: 'Start enrolling an authenticator app', response: { 200: totpEnrolment } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const { name } = await getWorkspace(ctx);
      return beginTotpEnrolment(ctx, sessionIdentity(request), `Groundwork (${name})`);
    });

    app.post(
      '/auth/totp/confirm',
      { config: { access: 'session' }, schema: { tags, summary: 'Finish enrolling with a code from the app; returns recovery codes once', body: codeBody, response: { 200: recoveryCodes.extend({ signedIn }) } } },
      async (request) => confirmTotpEnrolment(requestContext(workspace, request), sessionIdentity(request), request.body.code),
    );

    app.post('/auth/recovery-codes', { config: { access: 'account' }, schema: { tags, summary: 'Replace the recovery codes', response: { 200: recoveryCodes } } }, async (request) => ({
      recoveryCodes: await regenerateRecoveryCodes(requestContext(workspace, request), sessionIdentity(request)),
    }));

    app.get('/auth/invites/:token', { config: { access: 'public' }, schema: { tags, summary: 'What an invite or setup link is for', params: inviteParams, response: { 200: inviteView } } }, async (request) =>
      readInvite(requestContext(workspace, request), request.params.token),
    );

    app.post(
      '/auth/invites/:token/accept',
      { config: { access: 'public' }, schema: { tags, summary: 'Accept an invite: set a password and sign in', params: inviteParams, body: acceptInviteBody, response: { 200: signedIn } } },
      async (request, reply) => {
        const ctx = requestContext(workspace, request);
        const result = await acceptInvite(ctx, request.params.token, { ...request.body, client: clientOf(request) });
        const settings = await getSecuritySettings(ctx, workspace.config.oidc);
        setSessionCookie(workspace, reply, result.cookie, settings.sessionMaxHours);
        return result.signedIn;
      },
    );

    app.get('/account/sessions', { config: { access: 'account' }, schema: { tags, summary: 'My open sessions', response: { 200: sessionList } } }, async (request) => {
      const identity = sessionIdentity(request);
      return { sessions: await listSessions(requestContext(workspace, request), identity.user), current: identity.session.id };
    });

    app.delete('/account/sessions/:id', { config: { access: 'account' }, schema: { tags, summary: 'End one of my sessions', params: idParams } }, async (request, reply) => {
      const identity = sessionIdentity(request);
      await endSessions(requestContext(workspace, request), identity.user, { id: request.params.id }, request.params.id === identity.session.id ? 'signed_out' : 'ended_by_user');
      return reply.code(204).send();
    });

    app.post('/account/sessions/end-all', { config: { access: 'account' }, schema: { tags, summary: 'Sign out everywhere, this session included', response: { 200: z.object({ ended: z.number().int() }) } } }, async (request, reply) => {
      const identity = sessionIdentity(request);
      const ended = await endSessions(requestContext(workspace, request), identity.user, 'all', 'signed_out_everywhere');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    });

    app.get('/account/tokens', { config: { access: 'account' }, schema: { tags, summary: 'My API tokens', response: { 200: z.object({ tokens: z.array(apiToken) }) } } }, async (request) => ({
      tokens: await listApiTokens(requestContext(workspace, request), sessionIdentity(request).user),
    }));

    app.post('/account/tokens', { config: { access: 'account' }, schema: { tags, summary: 'Create an API token; the secret is shown once', body: createTokenBody, response: { 201: z.object({ token: apiToken, secret: z.string().describe('shown once: send as Authorization: Bearer <secret>') }) } } }, async (request, reply) => {
      const created = await createApiToken(requestContext(workspace, request), sessionIdentity(request).user, request.body);
      return reply.code(201).send(created);
    });

    app.delete('/account/tokens/:id', { config: { access: 'account' }, schema: { tags, summary: 'Revoke one of my API tokens', params: idParams, response: { 200: apiToken } } }, async (request) =>
      revokeApiToken(requestContext(workspace, request), sessionIdentity(request).user, request.params.id),
    );
  };
}
