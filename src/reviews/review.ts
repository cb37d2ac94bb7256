import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { type AccountSnapshot, loadSnapshot } from '../accounts/snapshot.ts';
import { type Remediation, remediationCounts, remediationOf } from './remediation.ts';

export type Decision = 'keep' | 'revoke' | 'change';
export const decisions: readonly Decision[] = ['keep', 'revoke', 'change'];

/**
 * Where one system of a review stands, computed from its items: accounts still to decide; then
 * revocations and changes the after list has not confirmed and no exception covers; then the
 * reviewer's sign-off.
 */
export type ReviewSystemStage = 'deciding' | 'remediating' | 'signing-off' | 'signed-off';

export interface ReviewSystem {
  systemId: string;
  systemName: string;
  reviewer: string;
  before: AccountSnapshot;
  /** The re-import that confirms the remediation: the newest list taken after the last decision. */
  after: AccountSnapshot | null;
  obligationId: string | null;
  dueOn: string | null;
  items: number;
  flagged: number;
  decided: { keep: number; revoke: number; change: number };
  /** Revocations and changes: confirmed by the after list, covered by an exception, or still open. */
  remediation: { confirmed: number; excepted: number; open: number };
  /** Accounts that are the reviewer's own, decided by another admin. */
  ownAccounts: number;
  signedOffAt: string | null;
  signedOffBy: string | null;
  stage: ReviewSystemStage;
}

export interface Review {
  id: string;
  /** "2026-Q4". */
  quarter: string;
  startedAt: string;
  startedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  status: 'open' | 'closed';
  systems: ReviewSystem[];
}

/** One review with each system's progress; `only` reads just that system's, for work on one system. */
export async function loadReview(ctx: Pick<Context, 'db'>, id: string, only?: string): Promise<Review> {
  const row = await ctx.db.selectFrom('access_reviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `no access review has the id "${id}"`, 'review');
  let systemQuery = ctx.db.selectFrom('access_review_systems as rs').innerJoin('systems as s', 's.id', 'rs.system_id').selectAll('rs').select('s.name').where('rs.review_id', '=', id);
  if (only !== undefined) systemQuery = systemQuery.where('rs.system_id', '=', only);
  const systems = await systemQuery.orderBy('s.name').execute();
  let countQuery = ctx.db
    .selectFrom('access_review_items')
    .select((eb) => [
      'system_id',
      'decision',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('flag_mask', '!=', 0).then(1).else(0).end()).as('flagged'),
      eb.fn.count<number>('own_account_of').as('own'),
    ])
    .where('review_id', '=', id)
    .groupBy(['system_id', 'decision']);
  if (only !== undefined) countQuery = countQuery.where('system_id', '=', only);
  const counts = await countQuery.execute();
  const reviewSystems: ReviewSystem[] = [];
  for (const system of systems) {
    const mine = counts.filter((c) => c.system_id === system.system_id);
    const sum = (pick: (c: (typeof mine)[number]) => number) => mine.reduce((total, c) => total + Number(pick(c)), 0);
    const decidedAs = (decision: Decision) => Number(mine.find((c) => c.decision === decision)?.n ?? 0);
    const items = sum((c) => c.n);
    const decided = { keep: decidedAs('keep'), revoke: decidedAs('revoke'), change: decidedAs('change') };
    const remediation: Remediation = await remediationOf(ctx, { reviewId: id, systemId: system.system_id, allDecided: decided.keep + decided.revoke + decided.change === items });
    const remediated = remediationCounts(remediation.items);
    const stage: ReviewSystemStage =
      decided.keep + decided.revoke + decided.change < items ? 'deciding' : remediated.open > 0 ? 'remediating' : system.signed_off_at ? 'signed-off' : 'signing-off';
    reviewSystems.push({
      systemId: system.system_id,
      systemName: system.name,
      reviewer: system.reviewer,
      before: await loadSnapshot(ctx, system.before_snapshot_id),
      after: remediation.after,
      obligationId: system.obligation_id,
      dueOn: system.due_on,
      items,
      flagged: sum((c) => c.flagged ?? 0),
      decided,
      remediation: remediated,
      ownAccounts: sum((c) => c.own),
      signedOffAt: system.signed_off_at,
      signedOffBy: system.signed_off_by,
      stage,
    });
  }
  return {
    id: row.id,
    quarter: row.quarter,
    startedAt: row.started_at,
    startedBy: row.started_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    status: row.closed_at ? 'closed' : 'open',
    systems: reviewSystems,
  };
}

/** Every review, newest first. */
export async function listReviews(ctx: Pick<Context, 'db'>): Promise<Review[]> {
  const rows = await ctx.db.selectFrom('access_reviews').select('id').orderBy('started_at', 'desc').execute();
  const reviews: Review[] = [];
  for (const row of rows) reviews.push(await loadReview(ctx, row.id));
  return reviews;
}
