import type { Context } from '../context.ts';
import type { Engagement, Person } from './person.ts';

type Manager = { id: string; name: string; email: string };
export type EngagementView = Omit<Engagement, 'managerId'> & { manager: Manager | null };
export type PersonView = Omit<Person, 'current' | 'engagements'> & { current: EngagementView; engagements: EngagementView[] };

/** People as the API and the CLI show them: each engagement names its manager, found in one query. */
export async function personViews(ctx: Pick<Context, 'db'>, people: Person[]): Promise<PersonView[]> {
  const ids = [...new Set(people.flatMap((p) => p.engagements.map((e) => e.managerId).filter((id) => id !== null)))];
  const managers = ids.length === 0 ? [] : await ctx.db.selectFrom('people').select(['id', 'name', 'email']).where('id', 'in', ids).execute();
  const byId = new Map(managers.map((m) => [m.id, m]));
  const view = ({ managerId, ...engagement }: Engagement): EngagementView => ({ ...engagement, manager: managerId === null ? null : byId.get(managerId)! });
  return people.map((person) => ({ ...person, current: view(person.current), engagements: person.engagements.map(view) }));
}
