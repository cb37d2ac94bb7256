import { type Context, inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';

/** What an auditor was shown: the thing, and what it held when they saw it. */
export interface AuditorView {
  /** "audit_window", "audit_requests", "audit_request", "control_matrix", "population" … */
  type: string;
  /** Its id where it has one (a request id, a population kind); else the type again. */
  id?: string;
  /** What it showed: the window it covered, the filter, how many rows. */
  shown?: Record<string, unknown>;
}

/**
 * Records, as `audits.viewed`, what an auditor looked at: the seed's "logged audit trail of who
 * accessed what". Writes nothing for anyone else. A route that calls it sets
 * `config.recordsAuditorView`, so the access check does not record the same view by its URL
 * alone (src/http/access.ts). Call it once the answer is ready: a view that failed showed nothing.
 */
export async function recordAuditorView(ctx: Context, view: AuditorView): Promise<void> {
  if (ctx.actor.type !== 'user') return;
  const user = await ctx.db.selectFrom('users').select('role').where('email', '=', ctx.actor.id).executeTakeFirst();
  if (user?.role !== 'auditor') return;
  await inTransaction(ctx, (tx) => appendEvent(tx, { action: 'audits.viewed', subject: { type: view.type, id: view.id ?? view.type }, data: view.shown ?? {} }));
}
