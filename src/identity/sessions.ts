import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { type SessionInfo, sessionEnd, sessionInfo, sessionLimits } from './session.ts';
import { type User, userSubject } from './user.ts';

/** A user's sessions that still count, newest first. */
export async function listSessions(ctx: Context, user: User): Promise<SessionInfo[]> {
  const limits = await sessionLimits(ctx);
  const rows = await ctx.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).where('ended_at', 'is', null).orderBy('created_at', 'desc').execute();
  return rows.filter((row) => !sessionEnd(row, limits, ctx.now())).map((row) => sessionInfo(row, limits));
}

/**
 * Ends sessions of one user: one by id, or all of them ("sign out everywhere").
 * `reason` is "signed_out" when the user does it, "ended_by_user" for another of their sessions.
 */
export async function endSessions(ctx: Context, user: User, which: { id: string } | 'all', reason = 'signed_out'): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    let query = tx.db.updateTable('sessions').set({ ended_at: tx.now().toISOString(), end_reason: reason }).where('user_id', '=', user.id).where('ended_at', 'is', null);
    if (which !== 'all') query = query.where('id', '=', which.id);
    const result = await query.executeTakeFirst();
    const ended = Number(result.numUpdatedRows);
    if (which !== 'all' && ended === 0) throw new AppError('not_found', `you have no open session with the id ${which.id}`, 'id');
    await appendEvent(tx, { action: 'identity.session.ended', subject: userSubject(user), data: { email: user.email, session: which === 'all' ? 'all' : which.id, reason, count: ended } });
    return ended;
  });
}
