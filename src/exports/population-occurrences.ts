import { Temporal } from 'temporal-polyfill';
import { occurrencesBetween } from '../cadence/list-occurrences.ts';
import { loadObligations } from '../cadence/load-obligations.ts';
import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import type { Cell, Population } from './population.ts';

/**
 * Every occurrence of every recurring obligation due in the window: the Type 2 record of each
 * cadence (quarterly access reviews, yearly policy reviews, monthly restore tests, each leaver's
 * same-day revocation), each on time, late, missed or still open.
 */
export const occurrencesPopulation: Population = {
  kind: 'occurrences',
  title: 'Obligations due',
  row: 'one occurrence of a recurring obligation, due in the window, with its completion',
  selection: (window) => `Every occurrence of every obligation in the cadence engine due from ${window.from} to ${window.to} (${window.timeZone}), retired obligations included up to their retirement.`,
  header: ['obligation', 'title', 'owner', 'subject', 'due_on', 'status', 'days_late', 'days_overdue', 'completed_at', 'recorded_at', 'note', 'event'],
  async *pages({ ctx, window, cite }) {
    const now = ctx.now();
    const to = Temporal.PlainDate.from(window.to);
    const pages = keysetPages(
      (after: string | undefined) =>
        ctx.db
          .selectFrom('obligations')
          .select('id')
          .$if(after !== undefined, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => row.id,
    );
    for await (const page of pages) {
      const rows: Cell[][] = [];
      for (const loaded of await loadObligations(ctx, { ids: page.map((row) => row.id) })) {
        const { obligation } = loaded;
        // A year at a time: the cadence engine lists at most a thousand occurrences per call, a daily cadence's three years.
        for (let from = Temporal.PlainDate.from(window.from); Temporal.PlainDate.compare(from, to) <= 0; from = from.add({ years: 1 })) {
          const yearEnd = from.add({ years: 1 }).subtract({ days: 1 });
          const until = Temporal.PlainDate.compare(yearEnd, to) < 0 ? yearEnd : to;
          for (const o of occurrencesBetween(loaded, from, until, now, window.timeZone)) {
            cite(o.completion?.evidenceSeq);
            const subject = obligation.subject ? `${obligation.subject.type}:${obligation.subject.id}` : null;
            rows.push([obligation.id, obligation.title, obligation.owner, subject, o.dueOn, o.status, o.lateDays, o.overdueDays, o.completion?.effectiveAt, o.completion?.recordedAt, o.completion?.note, o.completion?.evidenceSeq]);
          }
        }
      }
      yield rows;
    }
  },
};
