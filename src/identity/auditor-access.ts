import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { localDateOf } from '../time/local-date.ts';
import type { User } from './user.ts';

/** Refuses an auditor outside their access dates (inclusive, in the workspace's time zone). */
export async function requireAuditorInWindow(ctx: Pick<Context, 'db' | 'now'>, user: User): Promise<void> {
  if (user.role !== 'auditor') return;
  const { time_zone } = await ctx.db.selectFrom('workspace').select('time_zone').where('id', '=', 1).executeTakeFirstOrThrow();
  const today = localDateOf(ctx.now(), time_zone).toString();
  if (!user.accessFrom || !user.accessUntil || today < user.accessFrom || today > user.accessUntil) {
    throw new AppError('forbidden', `auditor access for ${user.email} runs from ${user.accessFrom ?? '?'} to ${user.accessUntil ?? '?'}; today is ${today}`);
  }
}
