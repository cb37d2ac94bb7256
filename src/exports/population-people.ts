import { localDateOf } from '../time/local-date.ts';
import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import type { Cell, Population } from './population.ts';

/**
 * The people directory over the window: every engagement (employment, contract, internship) under
 * way on any day of it, with its manager, its onboarding and, once it ended, its offboarding. The
 * list an auditor samples people from for any control about people.
 */
export const peoplePopulation: Population = {
  kind: 'people',
  title: 'People directory',
  row: 'one engagement of a person (employee, contractor, freelancer, intern or temporary help) under way on any day of the window',
  selection: (window) =>
    `Every engagement in the people directory that started on or before ${window.to} and had not ended before ${window.from} (${window.timeZone}), by email, then start date; an engagement ends at its offboarding’s termination or, with no offboarding, on its end date. Checklists are as of the export; the hires and leavers list them item by item.`,
  header: ['email', 'name', 'kind', 'title', 'department', 'manager', 'start_on', 'end_on', 'termination_date', 'onboarding', 'offboarding'],
  async *pages({ ctx, window }) {
    const pages = keysetPages(
      (after: { email: string; startOn: string; id: string } | undefined) =>
        ctx.db
          .selectFrom('engagements as e')
          .innerJoin('people as p', 'p.id', 'e.person_id')
          .leftJoin('people as m', 'm.id', 'e.manager_id')
          .leftJoin('checklists as onb', (join) => join.onRef('onb.engagement_id', '=', 'e.id').on('onb.kind', '=', 'onboarding'))
          .leftJoin('checklists as off', (join) => join.onRef('off.engagement_id', '=', 'e.id').on('off.kind', '=', 'offboarding'))
          .select(['e.id', 'p.email', 'p.name', 'e.kind', 'e.title', 'e.department', 'm.email as manager', 'e.start_on', 'e.end_on', 'off.terminates_at', 'onb.id as onboarding_id', 'off.id as offboarding_id'])
          .where('e.start_on', '<=', window.to)
          .where((eb) =>
            eb.or([
              eb('off.terminates_at', '>=', window.start.toISOString()),
              eb.and([eb('off.id', 'is', null), eb.or([eb('e.end_on', 'is', null), eb('e.end_on', '>=', window.from)])]),
            ]),
          )
          .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('p.email', 'e.start_on', 'e.id'), '>', eb.tuple(after!.email, after!.startOn, after!.id))))
          .orderBy('p.email')
          .orderBy('e.start_on')
          .orderBy('e.id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => ({ email: row.email, startOn: row.start_on, id: row.id }),
    );
    for await (const page of pages) {
      const ids = page.flatMap((row) => [row.onboarding_id, row.offboarding_id].filter((id) => id !== null));
      const counts =
        ids.length === 0
          ? []
          : await ctx.db
              .selectFrom('checklist_items')
              .select((eb) => ['checklist_id', eb.fn.countAll<number>().as('total'), eb.fn.count<number>('done_at').as('done')])
              .where('checklist_id', 'in', ids)
              .groupBy('checklist_id')
              .execute();
      // Complete once every item is done, as the people pages count it.
      const complete = new Set(counts.filter((c) => Number(c.done) === Number(c.total)).map((c) => c.checklist_id));
      const status = (id: string | null) => (id === null ? 'none' : complete.has(id) ? 'complete' : 'open');
      yield page.map((row): Cell[] => {
        const ended = row.offboarding_id !== null || (row.end_on !== null && row.end_on < window.today);
        return [
          row.email,
          row.name,
          row.kind,
          row.title,
          row.department,
          row.manager,
          row.start_on,
          row.end_on,
          row.terminates_at ? localDateOf(new Date(row.terminates_at), window.timeZone).toString() : null,
          status(row.onboarding_id),
          ended ? status(row.offboarding_id) : null,
        ];
      });
    }
  },
};
