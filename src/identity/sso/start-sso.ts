import * as oidc from 'openid-client';
import type { Context } from '../../context.ts';

/** How long a browser has from "Sign in with SSO" to coming back to the callback. */
export const SSO_REQUEST_LIFETIME_MS = 10 * 60_000;

// Anyone may start a sign-in, so unfinished ones are swept; an hour keeps a late callback
// recognisable as expired rather than unknown.
const SWEEP_AFTER_MS = 60 * 60_000;

/** Only a path inside Groundwork: `next` comes from a URL anyone can craft, so it must not lead elsewhere. */
function localPath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') ? path : '/';
}

/**
 * Begins a sign-in with SSO (authorization code with PKCE): remembers the state, nonce and code
 * verifier for the callback and returns the identity provider's URL to send the browser to.
 */
export async function startSso(ctx: Context, client: oidc.Configuration, redirectUri: string, returnTo: string): Promise<URL> {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = ctx.now();
  await ctx.db.deleteFrom('sso_requests').where('created_at', '<', new Date(now.getTime() - SWEEP_AFTER_MS).toISOString()).execute();
  await ctx.db.insertInto('sso_requests').values({ state, code_verifier: codeVerifier, nonce, return_to: localPath(returnTo), created_at: now.toISOString() }).execute();
  return oidc.buildAuthorizationUrl(client, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
}
