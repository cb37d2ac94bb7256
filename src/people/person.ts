import type { Selectable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import type { EngagementTable, PersonTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { normalizeEmail } from '../identity/user.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import type { PersonKind } from './person-kind.ts';

/**
 * Computed, never stored: pre-hire before the start date, offboarding from the moment an
 * offboarding starts until its last item is done, departed after that, active otherwise.
 */
export type EngagementStatus = 'pre-hire' | 'active' | 'offboarding' | 'departed';

export interface ChecklistProgress {
  id: string;
  startedAt: string;
  done: number;
  total: number;
}

export interface Engagement {
  id: string;
  kind: PersonKind;
  title: string | null;
  department: string | null;
  managerId: string | null;
  /** Local dates. */
  startOn: string;
  endOn: string | null;
  status: EngagementStatus;
  /** A time-bounded engagement still going after its end date: its offboarding is overdue. */
  pastEndDate: boolean;
  onboarding: ChecklistProgress | null;
  offboarding: (ChecklistProgress & { terminatesAt: string; reason: string }) | null;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  aliases: string[];
  createdAt: string;
  /** The newest engagement: a person who returns gets a new one, and the old one stays departed. */
  current: Engagement;
  /** Oldest first. */
  engagements: Engagement[];
}

type ChecklistRow = { id: string; engagement_id: string; kind: string; started_at: string; terminates_at: string | null; reason: string | null; done: number; total: number };

/** A time-bounded engagement still going after its end date: its offboarding is overdue. */
export function isPastEndDate(status: EngagementStatus, endOn: string | null, today: string): boolean {
  return status === 'active' && endOn !== null && endOn < today;
}

/** Where an engagement stands today: offboarding until every offboarding item is done, then departed. */
export function engagementStatus(startOn: string, offboarding: { done: number; total: number } | null, today: string): EngagementStatus {
  if (offboarding) return offboarding.done === offboarding.total ? 'departed' : 'offboarding';
  return startOn > today ? 'pre-hire' : 'active';
}

/** `checklists`: the engagement's own. */
function engagementFrom(row: Selectable<EngagementTable>, checklists: ChecklistRow[], today: string): Engagement {
  const progress = (kind: string) => {
    const found = checklists.find((c) => c.kind === kind);
    return found ? { found, progress: { id: found.id, startedAt: found.started_at, done: Number(found.done), total: Number(found.total) } } : undefined;
  };
  const onboarding = progress('onboarding');
  const offboarding = progress('offboarding');
  const status = engagementStatus(row.start_on, offboarding?.progress ?? null, today);
  return {
    id: row.id,
    kind: row.kind as PersonKind,
    title: row.title,
    department: row.department,
    managerId: row.manager_id,
    startOn: row.start_on,
    endOn: row.end_on,
    status,
    pastEndDate: isPastEndDate(status, row.end_on, today),
    onboarding: onboarding?.progress ?? null,
    offboarding: offboarding ? { ...offboarding.progress, terminatesAt: offboarding.found.terminates_at!, reason: offboarding.found.reason! } : null,
  };
}

async function checklistRows(ctx: Pick<Context, 'db'>, engagementIds: string[] | 'all'): Promise<ChecklistRow[]> {
  let query = ctx.db
    .selectFrom('checklists as c')
    .innerJoin('checklist_items as i', 'i.checklist_id', 'c.id')
    .select((eb) => ['c.id', 'c.engagement_id', 'c.kind', 'c.started_at', 'c.terminates_at', 'c.reason', eb.fn.count<number>('i.done_at').as('done'), eb.fn.countAll<number>().as('total')])
    .groupBy(['c.id', 'c.engagement_id', 'c.kind', 'c.started_at', 'c.terminates_at', 'c.reason']);
  if (engagementIds !== 'all') {
    if (engagementIds.length === 0) return [];
    query = query.where('c.engagement_id', 'in', engagementIds);
  }
  return query.execute();
}

export async function todayIn(ctx: Pick<Context, 'db' | 'now'>): Promise<Temporal.PlainDate> {
  const { timeZone } = await getWorkspace(ctx);
  return localDateOf(ctx.now(), timeZone);
}

function peopleFrom(people: Selectable<PersonTable>[], engagements: Selectable<EngagementTable>[], checklists: ChecklistRow[], today: string): Person[] {
  const byPerson = Map.groupBy(engagements, (e) => e.person_id);
  const byEngagement = Map.groupBy(checklists, (c) => c.engagement_id);
  return people.map((row) => {
    const own = (byPerson.get(row.id) ?? []).sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
    const list = own.map((e) => engagementFrom(e, byEngagement.get(e.id) ?? [], today));
    return { id: row.id, name: row.name, email: row.email, aliases: JSON.parse(row.aliases) as string[], createdAt: row.created_at, current: list.at(-1)!, engagements: list };
  });
}

/** Everyone in the directory, by name, each with every engagement: three queries whatever the size. */
export async function listPeople(ctx: Pick<Context, 'db' | 'now'>): Promise<Person[]> {
  const today = (await todayIn(ctx)).toString();
  const [people, engagements, checklists] = await Promise.all([
    ctx.db.selectFrom('people').selectAll().orderBy('name').orderBy('email').execute(),
    ctx.db.selectFrom('engagements').selectAll().execute(),
    checklistRows(ctx, 'all'),
  ]);
  return peopleFrom(people, engagements, checklists, today);
}

/** One person by id, work email or alias. */
export async function findPerson(ctx: Pick<Context, 'db' | 'now'>, idOrEmail: string): Promise<Person | undefined> {
  const key = idOrEmail.includes('@') ? normalizeEmail(idOrEmail) : idOrEmail;
  let row = await ctx.db.selectFrom('people').selectAll().where((eb) => eb.or([eb('id', '=', key), eb('email', '=', key)])).executeTakeFirst();
  if (!row && key.includes('@')) {
    const withAlias = await ctx.db.selectFrom('people').selectAll().where('aliases', 'like', `%${JSON.stringify(key)}%`).execute();
    row = withAlias.find((p) => (JSON.parse(p.aliases) as string[]).includes(key));
  }
  if (!row) return undefined;
  const engagements = await ctx.db.selectFrom('engagements').selectAll().where('person_id', '=', row.id).execute();
  const checklists = await checklistRows(ctx, engagements.map((e) => e.id));
  return peopleFrom([row], engagements, checklists, (await todayIn(ctx)).toString())[0];
}

export async function loadPerson(ctx: Pick<Context, 'db' | 'now'>, idOrEmail: string): Promise<Person> {
  const person = await findPerson(ctx, idOrEmail);
  if (!person) throw new AppError('not_found', `nobody in the directory is ${idOrEmail}`, 'person');
  return person;
}
