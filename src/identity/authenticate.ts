import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { hashSecret } from './secret-token.ts';
import { type SessionLimits, type SessionRow, type SignedIn, sessionEnd, signedIn } from './session.ts';
import { type User, userFromRow, userSubject } from './user.ts';

/** Who a request acts as: a browser session (cookie) or an API token (bearer). */
export type Identity =
  | { via: 'session'; user: User; session: SessionRow; signedIn: SignedIn }
  | { via: 'token'; user: User; token: { id: string; scope: 'read' | 'read-write' } };

const endedMessage: Record<string, string> = {
  signed_out: 'you signed out of this session; sign in again',
  signed_out_everywhere: 'you signed out everywhere; sign in again',
  ended_by_user: 'this session was ended from another of your sessions; sign in again',
  idle: 'your session timed out without activity; sign in again',
  expired: 'your session reached its time limit; sign in again',
  deactivated: 'this account was deactivated; ask an admin of your workspace',
  mfa_reset: 'an admin reset your authenticator app; sign in again and set it up',
  password_reset: 'your password was reset; sign in with the new one',
};

// Last-seen and last-used times are written at most once a minute, not on every request.
const TOUCH_EVERY_MS = 60_000;

export async function authenticateSession(ctx: Context, cookie: string): Promise<Identity & { via: 'session' }> {
  // One round trip on every request: the session, its user and the workspace's session limits.
  const found = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('workspace', (join) => join.on('workspace.id', '=', 1))
    .selectAll('sessions')
    .select([
      'users.email',
      'users.name',
      'users.role',
      'users.access_from',
      'users.access_until',
      'users.totp_enrolled_at',
      'users.created_at as user_created_at',
      'users.activated_at',
      'users.deactivated_at',
      'workspace.session_idle_minutes',
      'workspace.session_max_hours',
      'workspace.mfa_required_for_all',
    ])
    .where('sessions.token_hash', '=', hashSecret(cookie))
    .executeTakeFirst();
  if (!found) throw new AppError('unauthenticated', 'you are not signed in');
  if (found.ended_at) throw new AppError('unauthenticated', endedMessage[found.end_reason ?? ''] ?? 'this session has ended; sign in again');
  const { email, name, role, access_from, access_until, totp_enrolled_at, user_created_at, activated_at, deactivated_at, session_idle_minutes, session_max_hours, mfa_required_for_all, ...row } = found;
  const user = userFromRow({
    id: row.user_id,
    email,
    name,
    role,
    access_from,
    access_until,
    password_hash: null,
    totp_secret: null,
    totp_enrolled_at,
    totp_last_step: null,
    created_at: user_created_at,
    activated_at,
    deactivated_at,
  });
  const limits: SessionLimits = { idleMinutes: session_idle_minutes, maxHours: session_max_hours, mfaRequiredForAll: mfa_required_for_all === 1 };
  const now = ctx.now();
  const ended = sessionEnd(row, limits, now);
  if (ended) {
    await inTransaction({ ...ctx, actor: { type: 'system', id: 'sessions' } }, async (tx) => {
      await tx.db.updateTable('sessions').set({ ended_at: now.toISOString(), end_reason: ended }).where('id', '=', row.id).where('ended_at', 'is', null).execute();
      await appendEvent(tx, { action: 'identity.session.ended', subject: userSubject(user), data: { email: user.email, session: row.id, reason: ended } });
    });
    throw new AppError(
      'unauthenticated',
      ended === 'idle' ? `your session timed out after ${limits.idleMinutes} minutes without activity; sign in again` : `your session reached its ${limits.maxHours}-hour limit; sign in again`,
    );
  }
  if (user.status !== 'active') throw new AppError('unauthenticated', 'this account is deactivated');
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
    row.last_seen_at = now.toISOString();
    await ctx.db.updateTable('sessions').set({ last_seen_at: row.last_seen_at }).where('id', '=', row.id).execute();
  }
  return { via: 'session', user, session: row, signedIn: signedIn(user, row, limits) };
}

export async function authenticateToken(ctx: Context, secret: string): Promise<Identity & { via: 'token' }> {
  const row = await ctx.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashSecret(secret)).executeTakeFirst();
  const now = ctx.now();
  if (!row) throw new AppError('unauthenticated', 'the API token is not valid');
  if (row.revoked_at) throw new AppError('unauthenticated', `the API token "${row.name}" was revoked on ${row.revoked_at.slice(0, 10)}`);
  if (row.expires_at <= now.toISOString()) throw new AppError('unauthenticated', `the API token "${row.name}" expired on ${row.expires_at.slice(0, 10)}`);
  const user = userFromRow(await ctx.db.selectFrom('users').selectAll().where('id', '=', row.user_id).executeTakeFirstOrThrow());
  if (user.status !== 'active') throw new AppError('unauthenticated', 'the API token belongs to a deactivated account');
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= TOUCH_EVERY_MS) {
    await ctx.db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return { via: 'token', user, token: { id: row.id, scope: row.scope === 'read' ? 'read' : 'read-write' } };
}
