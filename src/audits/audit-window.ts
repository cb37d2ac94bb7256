import type { Context } from '../context.ts';

/** The audit's observation period: local dates, inclusive, in the workspace's time zone. */
export interface AuditWindow {
  from: string;
  to: string;
  /** The audit firm or auditor, as the workspace writes it. */
  firm: string | null;
  setAt: string;
  setBy: string;
}

/**
 * The audit window, or null before an owner or admin sets it: what the readiness page and the
 * auditor package cover unless told otherwise.
 */
export async function loadAuditWindow(ctx: Pick<Context, 'db'>): Promise<AuditWindow | null> {
  const row = await ctx.db.selectFrom('audit_window').selectAll().where('id', '=', 1).executeTakeFirst();
  return row ? { from: row.from_on, to: row.to_on, firm: row.firm, setAt: row.set_at, setBy: row.set_by } : null;
}
