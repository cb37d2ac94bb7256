import { completeOccurrence } from '../cadence/complete-occurrence.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadPolicy, type Policy } from './policy.ts';

/**
 * Records the yearly review of a published policy, with or without changes (changes are a new
 * version, published before the review is recorded), and completes its occurrence in the cadence.
 */
export async function reviewPolicy(ctx: Context, input: { policyId: string; changed: boolean; note?: string; effectiveAt?: Date }): Promise<Policy> {
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    if (policy.retiredAt) throw new AppError('conflict', `${policy.title} was retired on ${policy.retiredAt.slice(0, 10)}`, 'policyId');
    if (!policy.published || !policy.reviewObligationId) throw new AppError('conflict', `${policy.title} is not published yet: there is nothing to review`, 'policyId');
    const reviewed = await appendEvent(tx, {
      action: 'policies.policy.reviewed',
      subject: { type: 'policy', id: policy.id },
      data: { version: policy.published.version, sha256: policy.published.sha256, changed: input.changed, note: input.note ?? null },
      effectiveAt: input.effectiveAt,
    });
    // The next review not yet done, even if it is not due for months: reviewing early is on time.
    const { timeZone } = await getWorkspace(tx);
    const today = localDateOf(input.effectiveAt ?? tx.now(), timeZone);
    const occurrences = await listOccurrences(tx, { obligationId: policy.reviewObligationId, from: today.subtract({ years: 1 }).toString(), to: today.add({ years: 2 }).toString() });
    const next = occurrences.find((o) => o.status === 'open' || o.status === 'upcoming');
    if (!next) throw new AppError('conflict', `${policy.title} has no yearly review left to record`, 'policyId');
    await completeOccurrence(tx, { obligationId: policy.reviewObligationId, dueOn: next.dueOn, proofSeq: reviewed.seq, effectiveAt: input.effectiveAt, note: input.note });
    return policy;
  });
}
