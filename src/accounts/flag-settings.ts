import { type Context, inTransaction } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import type { FlagSettings } from './account-flags.ts';

export async function loadFlagSettings(ctx: Pick<Context, 'db'>): Promise<FlagSettings> {
  const row = await ctx.db.selectFrom('workspace').select(['dormant_after_days', 'credential_max_age_days']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { dormantAfterDays: row.dormant_after_days, credentialMaxAgeDays: row.credential_max_age_days };
}

const MAX_DAYS = 730;

/** Changes when an account counts as dormant and a credential as stale; recorded before and after. */
export async function updateFlagSettings(ctx: Context, input: Partial<FlagSettings>): Promise<FlagSettings> {
  for (const [field, days] of Object.entries(input)) {
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= MAX_DAYS)) throw invalidInput(`${field} is a whole number of days from 1 to ${MAX_DAYS}, not ${days}`, field);
  }
  return inTransaction(ctx, async (tx) => {
    const before = await loadFlagSettings(tx);
    const after = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as FlagSettings;
    if (after.dormantAfterDays === before.dormantAfterDays && after.credentialMaxAgeDays === before.credentialMaxAgeDays) return before;
    await tx.db.updateTable('workspace').set({ dormant_after_days: after.dormantAfterDays, credential_max_age_days: after.credentialMaxAgeDays }).where('id', '=', 1).execute();
    await appendEvent(tx, { action: 'accounts.settings.updated', subject: { type: 'workspace', id: '1' }, data: { before, after } });
    return after;
  });
}
