import { sql } from 'kysely';
import type { Context } from '../context.ts';

/**
 * The sequence number of the newest event of any of these modules (the first part of an action:
 * "people" of "people.person.changed"), 0 before their first. Every change appends an event of the
 * module whose tables it changes, so while this number stands still, so do those tables.
 *
 * The log's distinct actions are walked on its (action, seq) index, then the newest event of each
 * of the modules' actions read from it: a hundred or so index lookups however long the log, where
 * a max over a module's actions would read every event they ever had.
 */
export async function lastChangeOf(ctx: Pick<Context, 'db'>, modules: readonly string[]): Promise<number> {
  const { rows } = await sql<{ seq: number | null }>`
    with recursive actions (action) as (
      select min(action) from evidence_events
      union all
      select (select min(e.action) from evidence_events e where e.action > actions.action) from actions where actions.action is not null
    )
    select max((select max(e.seq) from evidence_events e where e.action = actions.action)) as seq
    from actions
    where ${sql.join(
      modules.map((module) => sql`actions.action like ${`${module}.%`}`),
      sql` or `,
    )}`.execute(ctx.db);
  return Number(rows[0]?.seq ?? 0);
}
