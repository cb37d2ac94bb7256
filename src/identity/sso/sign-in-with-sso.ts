import * as oidc from 'openid-client';
import { type Context, inTransaction } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { appendEvent } from '../../evidence/append-event.ts';
import { requireAuditorInWindow } from '../auditor-access.ts';
import type { SsoClientSettings } from '../security-settings.ts';
import type { SignedIn } from '../session.ts';
import { type Client, startSession } from '../start-session.ts';
import { signInAttempt } from '../sign-in-attempt.ts';
import { findUserRow, normalizeEmail, type UserRow, userFromRow, userSubject } from '../user.ts';
import { reasonOf, ssoClient } from './sso-client.ts';
import { SSO_REQUEST_LIFETIME_MS } from './start-sso.ts';

export type SsoRefusal =
  | 'sso_state_unknown'
  | 'sso_state_expired'
  | 'sso_exchange_failed'
  | 'sso_email_unverified'
  | 'sso_unknown_email'
  | 'deactivated'
  | 'outside_auditor_window';

export interface SsoCallback {
  /** The callback URL with the identity provider's answer in its query (code, state, iss). */
  url: URL;
  client: Client;
}

/**
 * Finishes a sign-in with SSO: checks the answer against the request it started from, exchanges
 * the code, and signs in the Groundwork user with the identity provider's verified email. Nobody
 * is created here: an unknown email is refused, and an invited user becomes active. An `amr`
 * claim with "mfa" (RFC 8176) counts as the second factor. Every refusal is evidence and counts
 * towards back-off.
 */
export async function signInWithSso(ctx: Context, settings: SsoClientSettings, callback: SsoCallback): Promise<{ cookie: string; signedIn: SignedIn; returnTo: string }> {
  const ip = callback.client.ip;
  const keys = ip ? [`ip:${ip}`] : [];
  const attempt = signInAttempt(ctx, { keys, client: callback.client, data: { method: 'sso' } });
  const refuse = (reason: SsoRefusal, error: AppError, email: string | null = null, detail?: Record<string, unknown>) => attempt.fail(email, reason, error, detail);

  await attempt.refuseIfThrottled(null);

  const pending = await takeSsoRequest(ctx, callback.url.searchParams.get('state'));
  if (!pending) return refuse('sso_state_unknown', new AppError('unauthenticated', 'this sign-in with SSO is unknown or was already used; start again with "Sign in with SSO"'));
  if (ctx.now().getTime() - new Date(pending.created_at).getTime() > SSO_REQUEST_LIFETIME_MS) {
    return refuse('sso_state_expired', new AppError('unauthenticated', 'the sign-in with SSO took longer than 10 minutes; start again with "Sign in with SSO"'));
  }

  let claims: oidc.IDToken;
  let verified: Record<string, unknown>;
  try {
    const client = await ssoClient(settings);
    const tokens = await oidc.authorizationCodeGrant(client, callback.url, {
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      pkceCodeVerifier: pending.code_verifier,
    });
    // An expected nonce makes an ID token mandatory: the grant throws without one.
    claims = tokens.claims()!;
    // Some providers put the email only in userinfo (OpenID Connect Core 5.4 allows either).
    verified = typeof claims.email === 'string' ? claims : await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
  } catch (error) {
    const reason = reasonOf(error);
    return refuse('sso_exchange_failed', new AppError('unauthenticated', `the identity provider did not confirm the sign-in: ${reason}`), null, { error: reason });
  }

  const email = typeof verified.email === 'string' ? normalizeEmail(verified.email) : null;
  if (!email || verified.email_verified !== true) {
    return refuse('sso_email_unverified', new AppError('forbidden', 'the identity provider did not confirm your email address is verified; ask whoever runs it'), email);
  }
  const row = await findUserRow(ctx, { email });
  if (!row) return refuse('sso_unknown_email', new AppError('forbidden', `${email} is not a user of this workspace; ask one of its admins to invite you`), email);
  const user = userFromRow(row);
  if (user.status === 'deactivated') return refuse('deactivated', new AppError('forbidden', 'this account is deactivated; ask an admin of your workspace'), email);
  try {
    await requireAuditorInWindow(ctx, user);
  } catch (error) {
    return refuse('outside_auditor_window', error as AppError, email);
  }

  const amr = Array.isArray(claims.amr) ? claims.amr.filter((method) => typeof method === 'string') : [];
  const secondFactor = amr.includes('mfa') ? `idp:${amr.join(',')}` : undefined;
  return inTransaction({ ...ctx, actor: { type: 'user', id: email } }, async (tx) => {
    const signingIn = user.status === 'invited' ? await acceptInviteWithSso(tx, row) : row;
    const session = await startSession(tx, signingIn, { method: 'sso', secondFactor, client: callback.client, detail: { issuer: claims.iss, subject: claims.sub } });
    return { ...session, returnTo: pending.return_to };
  });
}

/** The request a callback answers, used up: a second callback with the same state finds nothing. */
async function takeSsoRequest(ctx: Context, state: string | null) {
  if (!state) return undefined;
  const pending = await ctx.db.selectFrom('sso_requests').selectAll().where('state', '=', state).executeTakeFirst();
  if (!pending) return undefined;
  const taken = await ctx.db.deleteFrom('sso_requests').where('state', '=', state).executeTakeFirst();
  return Number(taken.numDeletedRows) === 1 ? pending : undefined;
}

/** An invited user whose identity provider vouches for their email needs no password: they become active. */
async function acceptInviteWithSso(tx: Context, row: UserRow): Promise<UserRow> {
  const at = tx.now().toISOString();
  const activated = await tx.db.updateTable('users').set({ activated_at: at }).where('id', '=', row.id).where('activated_at', 'is', null).executeTakeFirst();
  // Another callback for the same person won the race: they are active already.
  if (Number(activated.numUpdatedRows) === 0) return tx.db.selectFrom('users').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  await tx.db.updateTable('invites').set({ used_at: at }).where('user_id', '=', row.id).where('used_at', 'is', null).execute();
  await appendEvent(tx, { action: 'identity.invite.accepted', subject: userSubject(row), data: { email: row.email, role: row.role, method: 'sso' } });
  return { ...row, activated_at: at };
}
