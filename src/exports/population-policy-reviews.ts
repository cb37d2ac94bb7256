import { Temporal } from 'temporal-polyfill';
import { occurrencesBetween } from '../cadence/list-occurrences.ts';
import { loadObligations } from '../cadence/load-obligations.ts';
import { type Actor, actorRef } from '../context.ts';
import type { Cell, Population } from './population.ts';

interface Reviewed {
  version: number;
  sha256: string;
  changed: boolean;
  note: string | null;
}

/** Each policy's yearly review due in the window, or done in it early: on time, late, missed or still open, and who reviewed what. */
export const policyReviewsPopulation: Population = {
  kind: 'policy-reviews',
  title: 'Policy yearly reviews',
  row: 'one yearly review of a published policy: due in the window, or done in it ahead of its due date',
  selection: (window) =>
    `Every occurrence of every policy's yearly review obligation due from ${window.from} to ${window.to} (${window.timeZone}), and every one completed in the window ahead of its due date.`,
  header: ['policy', 'title', 'due_on', 'status', 'days_late', 'days_overdue', 'reviewed_at', 'recorded_at', 'reviewed_by', 'version', 'sha256', 'changed', 'note', 'event'],
  async *pages({ ctx, window, cite }) {
    const now = ctx.now();
    const [start, end] = [window.start.toISOString(), window.end.toISOString()];
    const policies = await ctx.db.selectFrom('policies').select(['id', 'title', 'review_obligation_id']).where('review_obligation_id', 'is not', null).orderBy('created_at').orderBy('id').execute();
    const obligations = new Map((await loadObligations(ctx, { ids: policies.map((p) => p.review_obligation_id!) })).map((o) => [o.obligation.id, o]));
    const from = Temporal.PlainDate.from(window.from);
    const to = Temporal.PlainDate.from(window.to);
    // A review done early completes an occurrence due up to a year after it.
    const horizon = to.add({ years: 1 });
    for (const policy of policies) {
      const obligation = obligations.get(policy.review_obligation_id!);
      if (!obligation) continue;
      const occurrences = occurrencesBetween(obligation, from, horizon, now, window.timeZone).filter((o) => {
        const done = o.completion?.effectiveAt;
        return o.dueOn <= window.to || (done !== undefined && done >= start && done < end);
      });
      if (occurrences.length === 0) continue;
      const seqs = occurrences.flatMap((o) => (o.completion ? [o.completion.evidenceSeq] : []));
      const events = new Map(
        (seqs.length > 0 ? await ctx.db.selectFrom('evidence_events').select(['seq', 'actor_type', 'actor_id', 'action', 'data']).where('seq', 'in', seqs).execute() : []).map((e) => [e.seq, e]),
      );
      yield occurrences.map((o): Cell[] => {
        const event = o.completion ? events.get(o.completion.evidenceSeq) : undefined;
        const reviewed = event?.action === 'policies.policy.reviewed' ? (JSON.parse(event.data) as Reviewed) : undefined;
        cite(o.completion?.evidenceSeq);
        return [
          policy.id, policy.title, o.dueOn, o.status, o.lateDays, o.overdueDays, o.completion?.effectiveAt, o.completion?.recordedAt,
          event ? actorRef({ type: event.actor_type as Actor['type'], id: event.actor_id }) : null, reviewed?.version, reviewed?.sha256, reviewed === undefined ? null : String(reviewed.changed),
          reviewed?.note ?? o.completion?.note, o.completion?.evidenceSeq,
        ];
      });
    }
  },
};
