import { keysetPages, PAGE_SIZE } from '../db/keyset-pages.ts';
import type { Cell, Population } from './population.ts';

/** Each acknowledgement of a policy made in the window: who read which version (by its SHA-256), when, and how. */
export const acknowledgementsPopulation: Population = {
  kind: 'acknowledgements',
  title: 'Policy acknowledgements',
  row: 'a person’s acknowledgement of one version of a policy or orientation, made in the window',
  selection: (window) => `Every acknowledgement recorded from ${window.from} to ${window.to} (${window.timeZone}), by person (email), then time.`,
  header: ['email', 'name', 'policy', 'title', 'version', 'sha256', 'acknowledged_at', 'via', 'event'],
  async *pages({ ctx, window, cite }) {
    // By person, a page of people at a time: each page's acknowledgements come from the table's (person, policy, version) key.
    const people = keysetPages(
      (after: { email: string; id: string } | undefined) =>
        ctx.db
          .selectFrom('people')
          .select(['id', 'email', 'name'])
          .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('email', 'id'), '>', eb.tuple(after!.email, after!.id))))
          .orderBy('email')
          .orderBy('id')
          .limit(PAGE_SIZE)
          .execute(),
      (row) => ({ email: row.email, id: row.id }),
    );
    for await (const page of people) {
      const rows = await ctx.db
        .selectFrom('acknowledgements as a')
        .innerJoin('policies as p', 'p.id', 'a.policy_id')
        .select(['a.person_id', 'a.policy_id', 'p.title', 'a.version', 'a.sha256', 'a.acknowledged_at', 'a.via', 'a.evidence_seq'])
        .where('a.person_id', 'in', page.map((person) => person.id))
        .where('a.acknowledged_at', '>=', window.start.toISOString())
        .where('a.acknowledged_at', '<', window.end.toISOString())
        .execute();
      if (rows.length === 0) continue;
      const byPerson = Map.groupBy(rows, (row) => row.person_id);
      yield page.flatMap((person) =>
        (byPerson.get(person.id) ?? [])
          .sort((a, b) => (a.acknowledged_at < b.acknowledged_at ? -1 : a.acknowledged_at > b.acknowledged_at ? 1 : a.policy_id < b.policy_id ? -1 : 1))
          .map((row): Cell[] => {
            cite(row.evidence_seq);
            return [person.email, person.name, row.policy_id, row.title, row.version, row.sha256, row.acknowledged_at, row.via, row.evidence_seq];
          }),
      );
    }
  },
};
