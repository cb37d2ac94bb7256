import { completeOccurrence } from '../cadence/complete-occurrence.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
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
    await completeOccurrence(tx, { obligationId: policy.reviewObligationId, proofSeq: reviewed.seq, effectiveAt: input.effectiveAt, note: input.note });
    return policy;
  });
}
