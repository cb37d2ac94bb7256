import { completeOccurrence } from '../cadence/complete-occurrence.ts';
import { actorRef, type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { loadReview, type Review } from './review.ts';

/**
 * Closes a review once every system is signed off, and completes each system's quarterly
 * obligation with the close as its proof: on time or late, as the cadence engine judges from
 * the due date. One transaction.
 */
export async function closeReview(ctx: Context, input: { reviewId: string }): Promise<Review> {
  return inTransaction(ctx, async (tx) => {
    const review = await loadReview(tx, input.reviewId);
    if (review.status === 'closed') throw new AppError('conflict', `the ${review.quarter} review was closed on ${review.closedAt!.slice(0, 10)}`, 'review');
    const waiting = review.systems.filter((s) => s.stage !== 'signed-off');
    if (waiting.length > 0) {
      throw new AppError('conflict', `not every system is signed off: ${waiting.map((s) => `${s.systemName} (${s.stage})`).join(', ')}`, 'review');
    }
    const at = tx.now().toISOString();
    await tx.db.updateTable('access_reviews').set({ closed_at: at, closed_by: actorRef(tx.actor) }).where('id', '=', review.id).execute();
    const closed = await appendEvent(tx, {
      action: 'reviews.review.closed',
      subject: { type: 'access_review', id: review.id },
      data: {
        quarter: review.quarter,
        systems: review.systems.map((s) => ({ system: s.systemId, reviewer: s.reviewer, before: s.before.id, after: s.after?.id ?? null, accounts: s.items, decided: s.decided, remediation: s.remediation, signedOffAt: s.signedOffAt })),
      },
    });
    for (const system of review.systems) {
      if (!system.obligationId || !system.dueOn) continue;
      await completeOccurrence(tx, { obligationId: system.obligationId, dueOn: system.dueOn, proofSeq: closed.seq, note: `${review.quarter} access review: ${system.items} accounts, ${system.decided.revoke} revoked, ${system.decided.change} changed` });
    }
    return loadReview(tx, review.id);
  });
}
