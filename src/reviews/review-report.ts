import type { AccountSnapshot } from '../accounts/snapshot.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import type { OccurrenceStatus } from '../cadence/obligation.ts';
import type { Context } from '../context.ts';
import { type RemediationItem, remediationOf } from './remediation.ts';
import { loadReview, type Review, type ReviewSystem } from './review.ts';
import { type ReviewItem, reviewItems } from './review-items.ts';

export interface ReviewReportSystem {
  system: ReviewSystem;
  /** The quarter's occurrence of the system's review obligation: on time, late, or still open. */
  occurrence: { dueOn: string; status: OccurrenceStatus; completedAt: string | null } | null;
  before: AccountSnapshot;
  after: AccountSnapshot | null;
  /** Every account of the before list that could be used, with its decision. */
  decisions: ReviewItem[];
  /** What the after list shows of each revocation and change. */
  remediation: RemediationItem[];
  comments: { externalId: string; author: string; text: string; at: string }[];
}

export interface ReviewReport {
  review: Review;
  systems: ReviewReportSystem[];
}

/**
 * A review as its evidence: for each system the before and after lists (with their files'
 * SHA-256), every decision with who and when, what the after list shows changed, the exceptions,
 * the comments, the sign-off and whether the quarter's review ran on time.
 */
export async function reviewReport(ctx: Context, reviewId: string): Promise<ReviewReport> {
  const review = await loadReview(ctx, reviewId);
  const systems: ReviewReportSystem[] = [];
  for (const system of review.systems) {
    const { items } = await reviewItems(ctx, { reviewId, systemId: system.systemId, limit: system.items });
    const remediation = await remediationOf(ctx, { reviewId, systemId: system.systemId, allDecided: system.stage !== 'deciding' });
    const comments = await ctx.db
      .selectFrom('access_review_comments')
      .select(['external_id', 'author', 'text', 'at'])
      .where('review_id', '=', reviewId)
      .where('system_id', '=', system.systemId)
      .orderBy('at')
      .execute();
    let occurrence: ReviewReportSystem['occurrence'] = null;
    if (system.obligationId && system.dueOn) {
      const [found] = await listOccurrences(ctx, { obligationId: system.obligationId, from: system.dueOn, to: system.dueOn });
      if (found) occurrence = { dueOn: found.dueOn, status: found.status, completedAt: found.completion?.effectiveAt ?? null };
    }
    systems.push({
      system,
      occurrence,
      before: system.before,
      after: remediation.after,
      decisions: items,
      remediation: remediation.items,
      comments: comments.map((c) => ({ externalId: c.external_id, author: c.author, text: c.text, at: c.at })),
    });
  }
  return { review, systems };
}
