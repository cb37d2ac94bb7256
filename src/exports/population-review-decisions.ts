import { accountFromRow } from '../accounts/stored-account.ts';
import { remediationOf } from '../reviews/remediation.ts';
import { loadReview, type Review } from '../reviews/review.ts';
import { keysetPages } from '../db/keyset-pages.ts';
import type { Cell, Population } from './population.ts';
import { reviewSystemsInWindow } from './reviews-in-window.ts';

/** Accounts read per query: a review of a million accounts is read in a thousand round trips. */
const ITEM_PAGE = 1000;

/**
 * Every account of every access review of the window, with its decision, who made it, when and
 * why, and what the list taken after shows of a revocation or change: the auditor's sample sheet.
 */
export const reviewDecisionsPopulation: Population = {
  kind: 'review-decisions',
  title: 'Access review decisions',
  row: 'one account on the list taken before an access review, with the decision about it and its remediation',
  selection: (window) =>
    `Every account on the before list of every system in the access reviews due (quarter end) or started from ${window.from} to ${window.to} (${window.timeZone}): the reviews of access-reviews.csv.`,
  header: [
    'quarter', 'review_id', 'system', 'account', 'email', 'user_name', 'display_name', 'roles', 'privileged', 'mfa', 'last_activity', 'status', 'kind',
    'person', 'matched_by', 'flags', 'own_account_of', 'decision', 'reason', 'decided_by', 'decided_at', 'remediation', 'after_status', 'exception', 'exception_by', 'exception_at',
  ],
  async *pages({ ctx, window }) {
    const reviews = new Map<string, Review>();
    for (const ref of await reviewSystemsInWindow(ctx, window)) {
      const review = reviews.get(ref.reviewId) ?? (await loadReview(ctx, ref.reviewId));
      reviews.set(review.id, review);
      const stage = review.systems.find((s) => s.systemId === ref.systemId)!.stage;
      // The revocations and changes of one system, a fraction of its accounts.
      const { after: afterList, items: remediation } = await remediationOf(ctx, { reviewId: ref.reviewId, systemId: ref.systemId, allDecided: stage !== 'deciding' });
      const remediated = new Map(remediation.map((r) => [r.externalId, r]));
      const items = keysetPages(
        (after: string | undefined) =>
          ctx.db
            .selectFrom('access_review_items as i')
            .innerJoin('accounts as a', (join) => join.on('a.snapshot_id', '=', ref.beforeSnapshotId).onRef('a.external_id', '=', 'i.external_id'))
            .leftJoin('people as p', 'p.id', 'i.person_id')
            .selectAll('a')
            .select(['p.email as person', 'i.matched_by', 'i.flags', 'i.own_account_of', 'i.decision', 'i.reason', 'i.decided_by', 'i.decided_at'])
            .where('i.review_id', '=', ref.reviewId)
            .where('i.system_id', '=', ref.systemId)
            .$if(after !== undefined, (q) => q.where('i.external_id', '>', after!))
            .orderBy('i.external_id')
            .limit(ITEM_PAGE)
            .execute(),
        (row) => row.external_id,
        ITEM_PAGE,
      );
      for await (const page of items) {
        yield page.map((row): Cell[] => {
          const account = accountFromRow(row);
          const done = remediated.get(row.external_id);
          return [
            review.quarter, review.id, ref.systemId, account.externalId, account.email, account.userName, account.displayName, account.roles.join(';'),
            String(account.privileged), account.mfa === null ? null : String(account.mfa), account.lastActivityAt, account.status, account.kind,
            row.person, row.matched_by, (JSON.parse(row.flags) as { id: string }[]).map((f) => f.id).join(';'), row.own_account_of,
            row.decision, row.reason, row.decided_by, row.decided_at,
            done?.state ?? null, done ? (done.after?.status ?? (afterList ? 'not on the after list' : 'no list taken after yet')) : null, done?.exception?.reason ?? null, done?.exception?.by ?? null, done?.exception?.at ?? null,
          ];
        });
      }
    }
  },
};
