import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';

const WINDOW_MS = 15 * 60_000;
const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/**
 * Back-off on sign-in and second-factor attempts, kept in the database so every server
 * instance sees it: five failures in 15 minutes are free, then each further attempt waits
 * twice as long as the one before (30 s, 1 min, 2 min, … up to 15 min) after the last failure.
 */
export async function refuseIfThrottled(ctx: Context, keys: string[]): Promise<void> {
  const since = new Date(ctx.now().getTime() - WINDOW_MS).toISOString();
  for (const key of keys) {
    const row = await ctx.db
      .selectFrom('auth_failures')
      .select((eb) => [eb.fn.countAll<number>().as('failures'), eb.fn.max('failed_at').as('last')])
      .where('key', '=', key)
      .where('failed_at', '>', since)
      .executeTakeFirstOrThrow();
    const failures = Number(row.failures);
    if (failures < FREE_ATTEMPTS || !row.last) continue;
    const wait = Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT_MS);
    const remaining = new Date(row.last).getTime() + wait - ctx.now().getTime();
    if (remaining > 0) {
      const seconds = Math.ceil(remaining / 1000);
      throw new AppError('too_many_attempts', `too many failed attempts; try again in ${seconds} seconds`, undefined, seconds);
    }
  }
}

export async function recordFailure(ctx: Context, keys: string[]): Promise<void> {
  const at = ctx.now().toISOString();
  const stale = new Date(ctx.now().getTime() - WINDOW_MS).toISOString();
  for (const key of keys) {
    await ctx.db.deleteFrom('auth_failures').where('key', '=', key).where('failed_at', '<=', stale).execute();
    await ctx.db.insertInto('auth_failures').values({ key, failed_at: at }).execute();
  }
}

export async function clearFailures(ctx: Context, key: string): Promise<void> {
  await ctx.db.deleteFrom('auth_failures').where('key', '=', key).execute();
}
