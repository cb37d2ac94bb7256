import type { Context } from '../context.ts';
import { type EvidenceEvent, eventFromRow } from './event.ts';

export interface EventFilter {
  subjectType?: string;
  subjectId?: string;
  action?: string;
  actor?: string;
  /** Effective at or after this instant. */
  from?: Date;
  /** Effective before this instant. */
  until?: Date;
}

export interface EventPage {
  events: EvidenceEvent[];
  /** How many events match the filter in all. */
  total: number;
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

/** Events matching the filter, newest first, a page at a time. */
export async function listEvents(ctx: Context, input: EventFilter & { limit: number; before?: number }): Promise<EventPage> {
  let query = ctx.db.selectFrom('evidence_events');
  if (input.subjectType) query = query.where('subject_type', '=', input.subjectType);
  if (input.subjectId) query = query.where('subject_id', '=', input.subjectId);
  if (input.action) query = query.where('action', '=', input.action);
  if (input.actor) query = query.where('actor_id', '=', input.actor);
  if (input.from) query = query.where('effective_at', '>=', input.from.toISOString());
  if (input.until) query = query.where('effective_at', '<', input.until.toISOString());
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .$if(input.before !== undefined, (q) => q.where('seq', '<', input.before!))
    .orderBy('seq', 'desc')
    .limit(input.limit + 1)
    .execute();
  const events = rows.slice(0, input.limit).map(eventFromRow);
  return { events, total: Number(total), nextBefore: rows.length > input.limit ? events.at(-1)!.seq : null };
}
