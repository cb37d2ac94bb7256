import { loadChecklists } from '../people/checklist.ts';
import { rowOf } from '../people/people-report.ts';
import { exceptionsCell, itemEvents, itemsCell } from './checklist-cells.ts';
import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import { type Cell, list, type Population } from './population.ts';

/** Everyone whose access ended in the window, with when each access was revoked, or the lack of an offboarding. */
export const leaversPopulation: Population = {
  kind: 'leavers',
  title: 'Leavers',
  row: 'an offboarding whose termination (when access ends) falls in the window, with when each access was revoked and each asset returned',
  selection: (window) =>
    `Every offboarding checklist whose termination falls from ${window.from} to ${window.to} (${window.timeZone}), then every time-bounded engagement that ended in the window before today with no offboarding, listed as missing.`,
  header: [
    'termination_date', 'name', 'email', 'kind', 'title', 'reason', 'engagement_end_date', 'terminates_at', 'conversation_at', 'offboarding', 'checklist_started_at',
    'items_done', 'items_total', 'completed_at', 'access_removed', 'revoked', 'returned', 'exceptions', 'items', 'done_by', 'checklist_id',
  ],
  async *pages({ ctx, window, cite }) {
    const offboardings = keysetPages(
      (after: { at: string; id: string } | undefined) =>
        ctx.db
          .selectFrom('checklists as c')
          .select(['c.id', 'c.terminates_at'])
          .where('c.kind', '=', 'offboarding')
          .where('c.terminates_at', '>=', window.start.toISOString())
          .where('c.terminates_at', '<', window.end.toISOString())
          .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('c.terminates_at', 'c.id'), '>', eb.tuple(after!.at, after!.id))))
          .orderBy('c.terminates_at')
          .orderBy('c.id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => ({ at: row.terminates_at!, id: row.id }),
    );
    for await (const page of offboardings) {
      const checklists = new Map((await loadChecklists(ctx, { ids: page.map((row) => row.id) })).map((c) => [c.id, c]));
      yield page.map(({ id }): Cell[] => {
        const checklist = checklists.get(id)!;
        itemEvents(checklist).forEach(cite);
        const report = rowOf(checklist, window.timeZone);
        return [
          report.date,
          report.name,
          report.email,
          report.kind,
          report.title,
          report.reason,
          checklist.engagement.endOn,
          checklist.terminatesAt,
          checklist.conversationAt,
          report.status,
          checklist.startedAt,
          report.done,
          report.total,
          report.completedAt,
          report.timing,
          list(report.revoked.map((r) => `${r.system}: ${r.outcome} ${r.at}`)),
          list(report.returned.map((r) => `${r.asset}: ${r.outcome} ${r.at}`)),
          exceptionsCell(checklist),
          itemsCell(checklist),
          list(report.doneBy),
          checklist.id,
        ];
      });
    }

    const missing = keysetPages(
      (after: { endOn: string; id: string } | undefined) =>
        ctx.db
          .selectFrom('engagements as e')
          .innerJoin('people as p', 'p.id', 'e.person_id')
          .leftJoin('checklists as c', (join) => join.onRef('c.engagement_id', '=', 'e.id').on('c.kind', '=', 'offboarding'))
          .select(['e.id', 'e.end_on', 'e.kind', 'e.title', 'p.name', 'p.email'])
          .where('c.id', 'is', null)
          .where('e.end_on', '>=', window.from)
          .where('e.end_on', '<=', window.to)
          .where('e.end_on', '<', window.today)
          .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('e.end_on', 'e.id'), '>', eb.tuple(after!.endOn, after!.id))))
          .orderBy('e.end_on')
          .orderBy('e.id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => ({ endOn: row.end_on!, id: row.id }),
    );
    for await (const page of missing) {
      yield page.map((row): Cell[] => [
        row.end_on, row.name, row.email, row.kind, row.title, null, row.end_on, null, null, 'missing', null,
        0, 0, null, 'the engagement ended with no offboarding', null, null, null, null, null, null,
      ]);
    }
  },
};
