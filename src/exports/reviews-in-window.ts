import type { Context } from '../context.ts';
import type { ExportWindow } from './export-window.ts';

export interface ReviewSystemRef {
  reviewId: string;
  systemId: string;
  quarter: string;
  startedAt: string;
  beforeSnapshotId: string;
  obligationId: string | null;
  dueOn: string | null;
}

/**
 * The systems of the access reviews that belong to a window: due in it (the quarter's end), or
 * started in it. A few per system and quarter, so read at once, oldest review first.
 */
export async function reviewSystemsInWindow(ctx: Pick<Context, 'db'>, window: ExportWindow): Promise<ReviewSystemRef[]> {
  const rows = await ctx.db
    .selectFrom('access_review_systems as rs')
    .innerJoin('access_reviews as r', 'r.id', 'rs.review_id')
    .select(['rs.review_id', 'rs.system_id', 'r.quarter', 'r.started_at', 'rs.before_snapshot_id', 'rs.obligation_id', 'rs.due_on'])
    .where((eb) =>
      eb.or([
        eb.and([eb('rs.due_on', '>=', window.from), eb('rs.due_on', '<=', window.to)]),
        eb.and([eb('r.started_at', '>=', window.start.toISOString()), eb('r.started_at', '<', window.end.toISOString())]),
      ]),
    )
    .orderBy('r.started_at')
    .orderBy('rs.review_id')
    .orderBy('rs.system_id')
    .execute();
  return rows.map((row) => ({
    reviewId: row.review_id,
    systemId: row.system_id,
    quarter: row.quarter,
    startedAt: row.started_at,
    beforeSnapshotId: row.before_snapshot_id,
    obligationId: row.obligation_id,
    dueOn: row.due_on,
  }));
}
