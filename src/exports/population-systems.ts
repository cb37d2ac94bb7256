import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import type { Cell, Population } from './population.ts';

const yesNo = (flag: number) => (flag === 1 ? 'yes' : 'no');

/**
 * The systems inventory over the window: every system in it on any day of the window, with its
 * owner, data class, scope and sign-in settings, and the account lists imported for its reviews.
 */
export const systemsPopulation: Population = {
  kind: 'systems',
  title: 'Systems inventory',
  row: 'a system in the inventory on any day of the window, with the account lists imported for it',
  selection: (window) =>
    `Every system added to the inventory before the end of ${window.to} and not retired before ${window.from} (${window.timeZone}), by id. Its owner, data class, scope and sign-in settings are as of the export; each change to them is a systems.system.changed event in the log. The account lists are those imported in the window, and the newest imported by its end.`,
  header: [
    'id', 'name', 'category', 'owner', 'classification', 'in_scope', 'sso_enforced', 'mfa_enforced', 'session_timeout_minutes', 'accounts_from',
    'added_at', 'retired_at', 'account_lists_in_window', 'newest_list_as_of',
  ],
  async *pages({ ctx, window }) {
    const [start, end] = [window.start.toISOString(), window.end.toISOString()];
    const pages = keysetPages(
      (after: string | undefined) =>
        ctx.db
          .selectFrom('systems')
          .selectAll()
          .where('created_at', '<', end)
          .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>=', start)]))
          .$if(after !== undefined, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => row.id,
    );
    for await (const page of pages) {
      const lists = await ctx.db
        .selectFrom('account_snapshots')
        .select((eb) => [
          'system_id',
          eb.fn.count<number>(eb.case().when('imported_at', '>=', start).then(1).end()).as('in_window'),
          eb.fn.max('as_of').as('newest'),
        ])
        .where('system_id', 'in', page.map((system) => system.id))
        .where('imported_at', '<', end)
        .groupBy('system_id')
        .execute();
      const listsOf = new Map(lists.map((row) => [row.system_id, row]));
      yield page.map((system): Cell[] => {
        const imported = listsOf.get(system.id);
        return [
          system.id,
          system.name,
          system.category,
          system.owner,
          system.classification,
          yesNo(system.in_scope),
          yesNo(system.sso_enforced),
          yesNo(system.mfa_enforced),
          system.session_timeout_minutes,
          system.accounts_from,
          system.created_at,
          system.retired_at,
          Number(imported?.in_window ?? 0),
          imported?.newest,
        ];
      });
    }
  },
};
