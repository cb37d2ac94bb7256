import * as oidc from 'openid-client';
import { AppError } from '../../errors.ts';
import type { SsoClientSettings } from '../security-settings.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// One discovery per set of client settings, not one per sign-in; changed settings make a new key.
const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The identity provider, discovered from its issuer URL, as the client these settings describe. */
export function ssoClient(settings: SsoClientSettings): Promise<oidc.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
  let client = discovered.get(key);
  if (!client) {
    client = discover(settings);
    discovered.set(key, client);
    client.catch(() => discovered.delete(key));
  }
  return client;
}

async function discover(settings: SsoClientSettings): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const loopback = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !loopback) {
    throw new AppError('config', `the SSO issuer ${settings.issuer} must be an https:// URL; plain http is only for 127.0.0.1 and localhost`);
  }
  // client_secret_basic is what OpenID Connect registers a client with unless told otherwise.
  const authentication = settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None();
  try {
    return await oidc.discovery(issuer, settings.clientId, undefined, authentication, { execute: loopback ? [oidc.allowInsecureRequests] : [] });
  } catch (error) {
    throw new AppError('config', `could not read the identity provider's configuration from ${settings.issuer}: ${reasonOf(error)}`);
  }
}

/** Why a request to the identity provider failed; fetch hides a refused connection in `cause`. */
export function reasonOf(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
    return error.error_description ? `${error.error} (${error.error_description})` : error.error;
  }
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

export function ssoCallbackUrl(publicUrl: string): string {
  return `${publicUrl}/api/auth/sso/callback`;
}
