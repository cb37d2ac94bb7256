import { Temporal } from 'temporal-polyfill';
import type { SourceDigest } from '../accounts/snapshot.ts';
import { occurrencesBetween } from '../cadence/list-occurrences.ts';
import { loadObligations } from '../cadence/load-obligations.ts';
import type { Occurrence } from '../cadence/obligation.ts';
import { loadReview, type Review } from '../reviews/review.ts';
import { reviewObligationId } from '../reviews/review-obligation.ts';
import { type Cell, list, type Population } from './population.ts';
import { reviewSystemsInWindow } from './reviews-in-window.ts';

const files = (sources: SourceDigest[] | undefined) => (sources ? list(sources.map((s) => `${s.name} sha256:${s.sha256} (${s.bytes} bytes)`)) : null);
const completed = (occurrence: Occurrence | undefined) => occurrence?.completion?.effectiveAt ?? null;

/**
 * Each system's quarterly access review due or started in the window: the lists before and
 * after with their files' SHA-256, the decisions, the remediation, the sign-off, and whether the
 * quarter's review was on time. A quarter whose review never ran is a row too.
 */
export const accessReviewsPopulation: Population = {
  kind: 'access-reviews',
  title: 'Access reviews',
  row: 'one system in one quarterly access review, or a quarter of a system whose review is due in the window and never started',
  selection: (window) =>
    `Every system of every access review due (quarter end) or started from ${window.from} to ${window.to} (${window.timeZone}), and every occurrence of a system's quarterly review obligation due in the window that no review covers.`,
  header: [
    'due_on', 'quarter', 'system', 'system_name', 'review_id', 'reviewer', 'started_at', 'started_by', 'before_list', 'before_as_of', 'before_files',
    'accounts', 'flagged', 'kept', 'revoked', 'changed', 'undecided', 'remediation_confirmed', 'remediation_excepted', 'remediation_open',
    'after_list', 'after_as_of', 'after_files', 'stage', 'signed_off_at', 'signed_off_by', 'closed_at', 'closed_by', 'occurrence', 'completed_at',
  ],
  async *pages({ ctx, window }) {
    const now = ctx.now();
    const from = Temporal.PlainDate.from(window.from);
    const to = Temporal.PlainDate.from(window.to);
    const ids = await ctx.db.selectFrom('obligations').select('id').where('id', 'like', `${reviewObligationId('')}%`).orderBy('id').execute();
    const obligations = new Map((await loadObligations(ctx, { ids: ids.map((row) => row.id) })).map((o) => [o.obligation.id, o]));
    const occurrenceAt = (obligationId: string, dueOn: string) => {
      const obligation = obligations.get(obligationId);
      const day = Temporal.PlainDate.from(dueOn);
      return obligation && occurrencesBetween(obligation, day, day, now, window.timeZone)[0];
    };
    const rows: { dueOn: string; systemName: string; cells: Cell[] }[] = [];
    const covered = new Set<string>();
    const reviews = new Map<string, Review>();
    for (const ref of await reviewSystemsInWindow(ctx, window)) {
      const review = reviews.get(ref.reviewId) ?? (await loadReview(ctx, ref.reviewId));
      reviews.set(review.id, review);
      const system = review.systems.find((s) => s.systemId === ref.systemId)!;
      const occurrence = ref.obligationId && ref.dueOn ? occurrenceAt(ref.obligationId, ref.dueOn) : undefined;
      if (occurrence) covered.add(`${occurrence.obligationId}@${occurrence.dueOn}`);
      const undecided = system.items - system.decided.keep - system.decided.revoke - system.decided.change;
      rows.push({
        dueOn: ref.dueOn ?? review.startedAt.slice(0, 10),
        systemName: system.systemName,
        cells: [
          ref.dueOn, review.quarter, system.systemId, system.systemName, review.id, system.reviewer, review.startedAt, review.startedBy,
          system.before.number, system.before.asOf, files(system.before.sources),
          system.items, system.flagged, system.decided.keep, system.decided.revoke, system.decided.change, undecided,
          system.remediation.confirmed, system.remediation.excepted, system.remediation.open,
          system.after?.number, system.after?.asOf, files(system.after?.sources), system.stage, system.signedOffAt, system.signedOffBy,
          review.closedAt, review.closedBy, occurrence?.status ?? 'no obligation', completed(occurrence),
        ],
      });
    }
    const systemNames = new Map((await ctx.db.selectFrom('systems').select(['id', 'name']).execute()).map((s) => [s.id, s.name]));
    for (const loaded of obligations.values()) {
      for (const occurrence of occurrencesBetween(loaded, from, to, now, window.timeZone)) {
        if (covered.has(`${occurrence.obligationId}@${occurrence.dueOn}`)) continue;
        const systemId = loaded.obligation.subject?.id ?? null;
        const systemName = (systemId && systemNames.get(systemId)) ?? loaded.obligation.title;
        rows.push({
          dueOn: occurrence.dueOn,
          systemName,
          cells: [occurrence.dueOn, null, systemId, systemName, null, loaded.obligation.owner, ...Array(17).fill(null), 'not started', ...Array(4).fill(null), occurrence.status, completed(occurrence)],
        });
      }
    }
    // A row per system and quarter: a few hundred at most, sorted here.
    rows.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.systemName.localeCompare(b.systemName)));
    yield rows.map((row) => row.cells);
  },
};
