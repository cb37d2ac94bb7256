import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { hashSecret } from './secret-token.ts';
import { type SessionRow, type SignedIn, sessionEnd, sessionLimits, signedIn } from './session.ts';
import { type User, userFromRow, userSubject } from './user.ts';

/** Who a request acts as: a browser session (cookie) or an API token (bearer). */
export type Identity =
  | { via: 'session'; user: User; session: SessionRow; signedIn: SignedIn }
  | { via: 'token'; user: User; token: { id: string; scope: 'read' | 'read-write' } };

// Last-seen and last-used times are written at most once a minute, not on every request.
const TOUCH_EVERY_MS = 60_000;

export async function authenticateSession(ctx: Context, cookie: string): Promise<Identity & { via: 'session' }> {
  const row = await ctx.db.selectFrom('sessions').selectAll().where('token_hash', '=', hashSecret(cookie)).executeTakeFirst();
  if (!row || row.ended_at) throw new AppError('unauthenticated', row ? 'you signed out of this session; sign in again' : 'you are not signed in');
  const userRow = await ctx.db.selectFrom('users').selectAll().where('id', '=', row.user_id).executeTakeFirstOrThrow();
  const user = userFromRow(userRow);
  const limits = await sessionLimits(ctx);
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
