import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { clientOf } from '../../http/access.ts';
import { requestContext } from '../../http/request-context.ts';
import type { Workspace } from '../../open-workspace.ts';
import { setSessionCookie } from '../routes.ts';
import { getSecuritySettings, ssoClientSettings } from '../security-settings.ts';
import { signInWithSso } from './sign-in-with-sso.ts';
import { ssoCallbackUrl, ssoClient } from './sso-client.ts';
import { startSso } from './start-sso.ts';

const callbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

function notSetUp(): AppError {
  return new AppError('not_found', 'single sign-on is not set up for this workspace; an owner can set it up under security settings');
}

/** Sign-in with SSO: the browser leaves for the identity provider and comes back to the callback. */
export function ssoRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['identity'];
    // Read per request: without GROUNDWORK_PUBLIC_URL, serve learns its address only once listening.
    const redirectUri = () => ssoCallbackUrl(workspace.config.publicUrl);

    app.get(
      '/auth/sso/start',
      { config: { access: 'public' }, schema: { tags, summary: 'Sign in with SSO: redirects to the identity provider', querystring: z.object({ next: z.string().max(2000).default('/').describe('the page to open after signing in') }) } },
      async (request, reply) => {
        const ctx = requestContext(workspace, request);
        const settings = await ssoClientSettings(ctx, workspace.config.oidc);
        if (!settings) throw notSetUp();
        try {
          const authorizationUrl = await startSso(ctx, await ssoClient(settings), redirectUri(), request.query.next);
          return reply.redirect(authorizationUrl.href, 302);
        } catch (error) {
          // The identity provider is unreachable or misconfigured: the person came from the sign-in page.
          if (!(error instanceof AppError)) throw error;
          return reply.redirect(`/sign-in?error=${encodeURIComponent(error.message)}`, 302);
        }
      },
    );

    app.get(
      '/auth/sso/callback',
      // The query holds the authorization code: keep the callback out of the request log.
      { config: { access: 'public' }, logLevel: 'warn', schema: { tags, summary: "The identity provider's answer: signs in and redirects to the app, or to the sign-in page with the reason", querystring: callbackQuery } },
      async (request, reply) => {
        const ctx = requestContext(workspace, request);
        const url = new URL(redirectUri());
        url.search = new URL(request.url, url).search;
        try {
          const settings = await ssoClientSettings(ctx, workspace.config.oidc);
          if (!settings) throw notSetUp();
          const result = await signInWithSso(ctx, settings, { url, client: clientOf(request) });
          const { sessionMaxHours } = await getSecuritySettings(ctx, workspace.config.oidc);
          setSessionCookie(workspace, reply, result.cookie, sessionMaxHours);
          return reply.redirect(result.returnTo, 302);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          return reply.redirect(`/sign-in?error=${encodeURIComponent(error.message)}`, 302);
        }
      },
    );
  };
}
