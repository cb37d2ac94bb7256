import { Temporal } from 'temporal-polyfill';
import { loadChecklists } from '../people/checklist.ts';
import { rowOf } from '../people/people-report.ts';
import { startOfLocalDay } from '../time/local-date.ts';
import { exceptionsCell, itemEvents, itemsCell } from './checklist-cells.ts';
import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import { type Cell, list, type Population } from './population.ts';

/** Everyone who started in the window, with their onboarding checklist item by item, or the lack of one. */
export const hiresPopulation: Population = {
  kind: 'hires',
  title: 'Hires',
  row: 'a person who started work in the window (employee, contractor, freelancer, intern or temporary help), with their onboarding checklist',
  selection: (window) =>
    `Every engagement in the people directory whose start date falls from ${window.from} to ${window.to} (${window.timeZone}), with its onboarding checklist; a hire with no checklist is listed as missing.`,
  header: [
    'start_date', 'name', 'email', 'kind', 'title', 'department', 'manager', 'onboarding', 'checklist_started_at', 'started_before_day_one',
    'items_done', 'items_total', 'completed_at', 'timing', 'exceptions', 'items', 'done_by', 'checklist_id',
  ],
  async *pages({ ctx, window, cite }) {
    const pages = keysetPages(
      (after: { startOn: string; id: string } | undefined) =>
        ctx.db
          .selectFrom('engagements as e')
          .innerJoin('people as p', 'p.id', 'e.person_id')
          .leftJoin('people as m', 'm.id', 'e.manager_id')
          .leftJoin('checklists as c', (join) => join.onRef('c.engagement_id', '=', 'e.id').on('c.kind', '=', 'onboarding'))
          .select(['e.id', 'e.start_on', 'e.kind', 'e.title', 'e.department', 'p.name', 'p.email', 'm.email as manager', 'c.id as checklist_id'])
          .where('e.start_on', '>=', window.from)
          .where('e.start_on', '<=', window.to)
          .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('e.start_on', 'e.id'), '>', eb.tuple(after!.startOn, after!.id))))
          .orderBy('e.start_on')
          .orderBy('e.id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => ({ startOn: row.start_on, id: row.id }),
    );
    for await (const page of pages) {
      const ids = page.flatMap((row) => (row.checklist_id ? [row.checklist_id] : []));
      const checklists = new Map((ids.length > 0 ? await loadChecklists(ctx, { ids }) : []).map((c) => [c.id, c]));
      yield page.map((row): Cell[] => {
        const person = [row.start_on, row.name, row.email, row.kind, row.title, row.department, row.manager];
        const checklist = row.checklist_id ? checklists.get(row.checklist_id) : undefined;
        if (!checklist) return [...person, 'missing', null, null, 0, 0, null, 'started with no onboarding checklist', null, null, null, null];
        itemEvents(checklist).forEach(cite);
        const report = rowOf(checklist, window.timeZone);
        const dayOne = startOfLocalDay(Temporal.PlainDate.from(row.start_on), window.timeZone).toISOString();
        return [
          ...person,
          report.status,
          checklist.startedAt,
          checklist.startedAt < dayOne ? 'yes' : 'no',
          report.done,
          report.total,
          report.completedAt,
          report.timing,
          exceptionsCell(checklist),
          itemsCell(checklist),
          list(report.doneBy),
          checklist.id,
        ];
      });
    }
  },
};
