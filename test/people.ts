/** People in tests who have left, the way they leave: an offboarding started and every item done. */
import type { Context } from '../src/context.ts';
import { completeItem } from '../src/people/complete-item.ts';
import { startOffboarding } from '../src/people/start-offboarding.ts';

/** Offboards someone completely, as the checklist commands do: they are departed afterwards. */
export async function offboardCompletely(ctx: Context, email: string, terminatesAt: string): Promise<void> {
  const checklist = await startOffboarding(ctx, { person: email, terminatesAt: new Date(terminatesAt), reason: 'voluntary' });
  for (const item of checklist.items) await completeItem(ctx, { checklistId: checklist.id, key: item.key, outcome: item.key === 'email-forwarding' ? 'none' : undefined });
}
