import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import type { Cell, Population } from './population.ts';

/**
 * The asset register over the window: every laptop, hardware token, badge and phone in it, with
 * whoever had it on some day of the window, so that an auditor can sample devices and follow each
 * to its holder, and a leaver's to its return.
 */
export const assetsPopulation: Population = {
  kind: 'assets',
  title: 'Asset inventory',
  row: 'an asset and one person who had it on some day of the window, from hand-over to return; an asset nobody had in the window is one row with no holder',
  selection: (window) =>
    `Every asset in the register by the end of ${window.to} (${window.timeZone}), since none is ever taken out of it, with each hand-over made by then and not returned before ${window.from}; by tag, then hand-over.`,
  header: ['tag', 'kind', 'description', 'added_at', 'held_by', 'assigned_at', 'returned_at', 'return_note'],
  async *pages({ ctx, window }) {
    const [start, end] = [window.start.toISOString(), window.end.toISOString()];
    const pages = keysetPages(
      (after: { tag: string; id: string } | undefined) =>
        ctx.db
          .selectFrom('assets')
          .selectAll()
          .where('created_at', '<', end)
          .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('tag', 'id'), '>', eb.tuple(after!.tag, after!.id))))
          .orderBy('tag')
          .orderBy('id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => ({ tag: row.tag, id: row.id }),
    );
    for await (const page of pages) {
      const assignments = await ctx.db
        .selectFrom('asset_assignments as x')
        .innerJoin('engagements as e', 'e.id', 'x.engagement_id')
        .innerJoin('people as p', 'p.id', 'e.person_id')
        .select(['x.asset_id', 'p.email', 'x.assigned_at', 'x.returned_at', 'x.return_note'])
        .where('x.asset_id', 'in', page.map((asset) => asset.id))
        .where('x.assigned_at', '<', end)
        .where((eb) => eb.or([eb('x.returned_at', 'is', null), eb('x.returned_at', '>=', start)]))
        .orderBy('x.assigned_at')
        .execute();
      const heldBy = Map.groupBy(assignments, (x) => x.asset_id);
      yield page.flatMap((asset) => {
        const own = [asset.tag, asset.kind, asset.description, asset.created_at];
        const held = heldBy.get(asset.id);
        if (!held) return [[...own, null, null, null, null]];
        return held.map((x): Cell[] => [...own, x.email, x.assigned_at, x.returned_at, x.return_note]);
      });
    }
  },
};
