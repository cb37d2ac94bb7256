import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { checkAuditorDates } from './invites.ts';
import { isRole, type Role } from './roles.ts';
import { type User, type UserRow, userFromRow, userRowOrThrow, userSubject } from './user.ts';

/** Who is changing a user: their id and role, or the CLI on the server (undefined: every right). */
export type Manager = { id: string; role: Role } | undefined;

export async function listUsers(ctx: Pick<Context, 'db'>): Promise<User[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(userFromRow);
}

function requireMayManage(manager: Manager, target: UserRow, what: string): void {
  if (!manager) return;
  if (manager.id === target.id) throw new AppError('forbidden', `you cannot ${what} your own account; ask another owner or admin`);
  if (target.role === 'owner' && manager.role !== 'owner') throw new AppError('forbidden', `only an owner may ${what} an owner`);
}

async function requireAnotherOwner(tx: Context, target: UserRow): Promise<void> {
  if (target.role !== 'owner' || target.deactivated_at) return;
  const owners = await tx.db.selectFrom('users').select('id').where('role', '=', 'owner').where('deactivated_at', 'is', null).where('activated_at', 'is not', null).execute();
  if (owners.filter((o) => o.id !== target.id).length === 0) throw new AppError('conflict', `${target.email} is the only owner; make someone else owner first`);
}

async function endAccess(tx: Context, userId: string, reason: string): Promise<{ sessions: number; tokens: number }> {
  const at = tx.now().toISOString();
  const sessions = await tx.db.updateTable('sessions').set({ ended_at: at, end_reason: reason }).where('user_id', '=', userId).where('ended_at', 'is', null).executeTakeFirst();
  const tokens = reason === 'deactivated' ? await tx.db.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst() : { numUpdatedRows: 0n };
  return { sessions: Number(sessions.numUpdatedRows), tokens: Number(tokens.numUpdatedRows) };
}

/** Changes a user's role, or an auditor's access dates. */
export async function changeUser(ctx: Context, manager: Manager, userId: string, change: { role?: string; accessFrom?: string | null; accessUntil?: string | null }): Promise<User> {
  if (change.role !== undefined && !isRole(change.role)) throw invalidInput(`"${change.role}" is not a role; use owner, admin, reviewer, member or auditor`, 'role');
  return inTransaction(ctx, async (tx) => {
    const row = await userRowOrThrow(tx, { id: userId });
    requireMayManage(manager, row, 'change the role of');
    const role = (change.role ?? row.role) as Role;
    if (role === 'owner' && row.role !== 'owner' && manager && manager.role !== 'owner') throw new AppError('forbidden', 'only an owner may make someone an owner', 'role');
    if (role !== 'owner') await requireAnotherOwner(tx, row);
    const dates = checkAuditorDates(
      role,
      change.accessFrom !== undefined ? change.accessFrom : role === 'auditor' ? row.access_from : null,
      change.accessUntil !== undefined ? change.accessUntil : role === 'auditor' ? row.access_until : null,
    );
    const before = userFromRow(row);
    if (role === row.role && dates.from === row.access_from && dates.until === row.access_until) return before;
    await tx.db.updateTable('users').set({ role, access_from: dates.from, access_until: dates.until }).where('id', '=', userId).execute();
    const after = userFromRow({ ...row, role, access_from: dates.from, access_until: dates.until });
    await appendEvent(tx, {
      action: 'identity.user.role_changed',
      subject: userSubject(row),
      data: { email: row.email, before: { role: before.role, accessFrom: before.accessFrom, accessUntil: before.accessUntil }, after: { role, accessFrom: dates.from, accessUntil: dates.until } },
    });
    return after;
  });
}

/** Deactivates a user: their sessions end and their API tokens are revoked, in the same transaction. */
export async function deactivateUser(ctx: Context, manager: Manager, userId: string): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const row = await userRowOrThrow(tx, { id: userId });
    if (row.deactivated_at) return userFromRow(row);
    requireMayManage(manager, row, 'deactivate');
    await requireAnotherOwner(tx, row);
    const at = tx.now().toISOString();
    await tx.db.updateTable('users').set({ deactivated_at: at }).where('id', '=', userId).execute();
    await tx.db.updateTable('invites').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
    const ended = await endAccess(tx, userId, 'deactivated');
    await appendEvent(tx, { action: 'identity.user.deactivated', subject: userSubject(row), data: { email: row.email, role: row.role, sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } });
    return userFromRow({ ...row, deactivated_at: at });
  });
}

/** Removes a user's authenticator and recovery codes (a lost phone); they enrol again at their next sign-in. */
export async function resetMfa(ctx: Context, manager: Manager, userId: string): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const row = await userRowOrThrow(tx, { id: userId });
    requireMayManage(manager, row, 'reset the second factor of');
    if (!row.totp_enrolled_at && !row.totp_secret) throw new AppError('conflict', `${row.email} has no second factor to reset`);
    await tx.db.updateTable('users').set({ totp_secret: null, totp_enrolled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
    await tx.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    const ended = await endAccess(tx, userId, 'mfa_reset');
    await appendEvent(tx, { action: 'identity.mfa.reset', subject: userSubject(row), data: { email: row.email, sessionsEnded: ended.sessions } });
    return userFromRow({ ...row, totp_secret: null, totp_enrolled_at: null, totp_last_step: null });
  });
}
