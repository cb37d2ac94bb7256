import type { Context } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { can } from '../identity/roles.ts';
import { findUserRow, normalizeEmail, type User, userFromRow } from '../identity/user.ts';

/** A Groundwork user who may decide accounts in a review: active, with a role that decides. */
export async function deciderNamed(ctx: Pick<Context, 'db'>, email: string, field: string): Promise<User> {
  const row = await findUserRow(ctx, { email: normalizeEmail(email) });
  const user = row && userFromRow(row);
  if (!user || user.status !== 'active') throw invalidInput(`${email} is not an active Groundwork user; a reviewer signs in to decide`, field);
  if (!can(user.role, 'reviews:decide')) throw invalidInput(`${email} is ${user.role === 'auditor' ? 'an' : 'a'} ${user.role}, who cannot decide accounts; choose an owner, admin or reviewer`, field);
  return user;
}

/**
 * Who is acting in a review: the signed-in user, or, for the command line on the server (which
 * has every right but no user), the user it names with --as. The evidence keeps both.
 */
export async function actingUser(ctx: Context, as: string | undefined): Promise<User> {
  if (ctx.actor.type === 'user') return deciderNamed(ctx, ctx.actor.id, 'actor');
  if (!as) throw new AppError('invalid_input', 'say whose decision this is: --as EMAIL of the Groundwork user deciding', 'as');
  return deciderNamed(ctx, as, 'as');
}
