import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { inviteUser, reissueInvite } from './invites.ts';
import { changeUser, deactivateUser, type Manager, listUsers, resetMfa } from './manage-users.ts';
import { changeUserBody, idParams, invitedUser, inviteUserBody, securitySettings, securitySettingsBody, user, userList } from './schemas.ts';
import { getSecuritySettings, type SecuritySettings, updateSecuritySettings } from './security-settings.ts';
import { ssoCallbackUrl } from './sso/sso-client.ts';

function managerOf(request: FastifyRequest): Manager {
  const identity = request.identity!;
  return { id: identity.user.id, role: identity.user.role };
}

export function inviteUrl(workspace: Workspace, token: string): string {
  return `${workspace.config.publicUrl}/invite/${token}`;
}

/** Groundwork's users, for owners and admins, and the workspace's sign-in rules, for owners. */
export function userRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['identity'];

    app.get('/users', { config: { access: 'users:read' }, schema: { tags, summary: 'Every user of Groundwork', response: { 200: userList } } }, async (request) => ({
      users: await listUsers(requestContext(workspace, request)),
    }));

    app.post('/users', { config: { access: 'users:manage' }, schema: { tags, summary: 'Invite a user; returns a single-use link valid 7 days', body: inviteUserBody, response: { 201: invitedUser } } }, async (request, reply) => {
      const { user: created, invite } = await inviteUser(requestContext(workspace, request), request.body, managerOf(request)?.role);
      return reply.code(201).send({ user: created, inviteUrl: inviteUrl(workspace, invite.token), expiresAt: invite.expiresAt });
    });

    app.post('/users/:id/invite', { config: { access: 'users:manage' }, schema: { tags, summary: 'A new invite link, or for an active user a password reset link (24 hours)', params: idParams, response: { 200: z.object({ inviteUrl: z.string(), expiresAt: z.string() }) } } }, async (request) => {
      const invite = await reissueInvite(requestContext(workspace, request), request.params.id);
      return { inviteUrl: inviteUrl(workspace, invite.token), expiresAt: invite.expiresAt };
    });

    app.patch('/users/:id', { config: { access: 'users:manage' }, schema: { tags, summary: 'Change a user’s role or an auditor’s access dates', params: idParams, body: changeUserBody, response: { 200: user } } }, async (request) =>
      changeUser(requestContext(workspace, request), managerOf(request), request.params.id, request.body),
    );

    app.post('/users/:id/deactivate', { config: { access: 'users:manage' }, schema: { tags, summary: 'Deactivate a user: sessions end, tokens are revoked', params: idParams, response: { 200: user } } }, async (request) =>
      deactivateUser(requestContext(workspace, request), managerOf(request), request.params.id),
    );

    app.post('/users/:id/reset-mfa', { config: { access: 'users:manage' }, schema: { tags, summary: 'Remove a user’s authenticator; they enrol again at next sign-in', params: idParams, response: { 200: user } } }, async (request) =>
      resetMfa(requestContext(workspace, request), managerOf(request), request.params.id),
    );

    const withCallback = (settings: SecuritySettings) => ({ ...settings, sso: { ...settings.sso, redirectUri: ssoCallbackUrl(workspace.config.publicUrl) } });

    app.get('/security-settings', { config: { access: 'users:read' }, schema: { tags, summary: 'Second factor, session timeouts and SSO', response: { 200: securitySettings } } }, async (request) =>
      withCallback(await getSecuritySettings(requestContext(workspace, request), workspace.config.oidc)),
    );

    app.patch('/security-settings', { config: { access: 'workspace:manage' }, schema: { tags, summary: 'Change second factor, session timeouts or SSO', body: securitySettingsBody, response: { 200: securitySettings } } }, async (request) =>
      withCallback(await updateSecuritySettings(requestContext(workspace, request), workspace.config.oidc, request.body)),
    );
  };
}
