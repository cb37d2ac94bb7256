import { listOccurrences } from '../cadence/list-occurrences.ts';
import type { Context } from '../context.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import type { Policy } from './policy.ts';

/** The earliest yearly review not done: upcoming, open (and how overdue), or missed. */
export interface ReviewDue {
  dueOn: string;
  status: 'upcoming' | 'open' | 'missed';
  overdueDays: number | null;
}

export async function reviewDue(ctx: Context, policy: Pick<Policy, 'reviewObligationId' | 'retiredAt'>): Promise<ReviewDue | null> {
  if (!policy.reviewObligationId || policy.retiredAt) return null;
  const { timeZone } = await getWorkspace(ctx);
  const today = localDateOf(ctx.now(), timeZone);
  const occurrences = await listOccurrences(ctx, { obligationId: policy.reviewObligationId, from: today.subtract({ years: 3 }).toString(), to: today.add({ years: 2 }).toString() });
  const next = occurrences.find((o) => o.status === 'open' || o.status === 'missed' || o.status === 'upcoming');
  if (!next) return null;
  return { dueOn: next.dueOn, status: next.status as ReviewDue['status'], overdueDays: next.overdueDays ?? null };
}
