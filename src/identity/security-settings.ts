import { type Context, inTransaction } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';

/** SSO set in the environment (GROUNDWORK_OIDC_*) wins over the workspace's own. */
export interface SsoEnvironment {
  issuer: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
}

export interface SecuritySettings {
  mfaRequiredForAll: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  sso: {
    issuer: string | null;
    clientId: string | null;
    /** Never shown: only whether one is set. */
    clientSecretSet: boolean;
    /** Where the settings come from. */
    source: 'environment' | 'workspace' | 'none';
    /** Password sign-in is off; only SSO. */
    only: boolean;
  };
}

export interface SsoClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

async function row(ctx: Pick<Context, 'db'>) {
  return ctx.db.selectFrom('workspace').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function getSecuritySettings(ctx: Pick<Context, 'db'>, env: SsoEnvironment): Promise<SecuritySettings> {
  const w = await row(ctx);
  const fromEnv = Boolean(env.issuer && env.clientId);
  const issuer = fromEnv ? env.issuer! : w.sso_issuer;
  const clientId = fromEnv ? env.clientId! : w.sso_client_id;
  const secret = fromEnv ? env.clientSecret : w.sso_client_secret;
  return {
    mfaRequiredForAll: w.mfa_required_for_all === 1,
    sessionIdleMinutes: w.session_idle_minutes,
    sessionMaxHours: w.session_max_hours,
    sso: {
      issuer,
      clientId,
      clientSecretSet: Boolean(secret),
      source: fromEnv ? 'environment' : issuer && clientId ? 'workspace' : 'none',
      only: w.sso_only === 1 && Boolean(issuer && clientId),
    },
  };
}

/** The client settings to talk to the identity provider, or undefined when SSO is not set up. */
export async function ssoClientSettings(ctx: Pick<Context, 'db'>, env: SsoEnvironment): Promise<SsoClientSettings | undefined> {
  const w = await row(ctx);
  if (env.issuer && env.clientId) return { issuer: env.issuer, clientId: env.clientId, clientSecret: env.clientSecret ?? '' };
  if (w.sso_issuer && w.sso_client_id) return { issuer: w.sso_issuer, clientId: w.sso_client_id, clientSecret: w.sso_client_secret ?? '' };
  return undefined;
}

export interface SecuritySettingsChange {
  mfaRequiredForAll?: boolean;
  sessionIdleMinutes?: number;
  sessionMaxHours?: number;
  ssoIssuer?: string | null;
  ssoClientId?: string | null;
  ssoClientSecret?: string | null;
  ssoOnly?: boolean;
}

/** Changes how people sign in; the evidence event says what changed, never the client secret. */
export async function updateSecuritySettings(ctx: Context, env: SsoEnvironment, change: SecuritySettingsChange): Promise<SecuritySettings> {
  if (change.sessionIdleMinutes !== undefined && !(Number.isInteger(change.sessionIdleMinutes) && change.sessionIdleMinutes >= 5 && change.sessionIdleMinutes <= 24 * 60)) {
    throw invalidInput('the idle timeout must be a whole number of minutes from 5 to 1440', 'sessionIdleMinutes');
  }
  if (change.sessionMaxHours !== undefined && !(Number.isInteger(change.sessionMaxHours) && change.sessionMaxHours >= 1 && change.sessionMaxHours <= 24 * 7)) {
    throw invalidInput('the absolute timeout must be a whole number of hours from 1 to 168', 'sessionMaxHours');
  }
  if (change.ssoIssuer) {
    let url: URL;
    try {
      url = new URL(change.ssoIssuer);
    } catch {
      throw invalidInput(`"${change.ssoIssuer}" is not a URL; the issuer is the identity provider's URL, such as https://accounts.google.com`, 'ssoIssuer');
    }
    if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      throw invalidInput('the issuer must be an https:// URL', 'ssoIssuer');
    }
  }
  return inTransaction(ctx, async (tx) => {
    const before = await getSecuritySettings(tx, env);
    const set: Record<string, string | number | null> = {};
    if (change.mfaRequiredForAll !== undefined) set.mfa_required_for_all = change.mfaRequiredForAll ? 1 : 0;
    if (change.sessionIdleMinutes !== undefined) set.session_idle_minutes = change.sessionIdleMinutes;
    if (change.sessionMaxHours !== undefined) set.session_max_hours = change.sessionMaxHours;
    if (change.ssoIssuer !== undefined) set.sso_issuer = change.ssoIssuer?.replace(/\/$/, '') || null;
    if (change.ssoClientId !== undefined) set.sso_client_id = change.ssoClientId || null;
    if (change.ssoClientSecret !== undefined) set.sso_client_secret = change.ssoClientSecret || null;
    if (change.ssoOnly !== undefined) set.sso_only = change.ssoOnly ? 1 : 0;
    if (Object.keys(set).length === 0) return before;
    await tx.db.updateTable('workspace').set(set).where('id', '=', 1).execute();
    const after = await getSecuritySettings(tx, env);
    if (change.ssoOnly && !after.sso.only) throw invalidInput('SSO only needs an issuer and a client id first', 'ssoOnly');
    await appendEvent(tx, {
      action: 'identity.settings.updated',
      subject: { type: 'workspace', id: '1' },
      data: { before, after, clientSecretChanged: change.ssoClientSecret !== undefined },
    });
    return after;
  });
}
