import { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { localDateOf, parseLocalDate } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { type Checklist, checklistDay, type Exception, loadChecklists } from './checklist.ts';

/** Which population: the last N of each, or everyone hired or leaving between two local dates. */
export type ReportScope = { last: number } | { from: string; to: string };

export interface ReportRow {
  population: 'hire' | 'leaver';
  checklistId: string;
  name: string;
  email: string;
  kind: string;
  title: string | null;
  /** A hire's start date, a leaver's termination date (local). */
  date: string;
  reason: string | null;
  status: 'complete' | 'open';
  done: number;
  total: number;
  completedAt: string | null;
  /** Leavers: whether every access item was done by the end of the termination day. */
  timing: string;
  doneBy: string[];
  /** Leavers: each system, what was found and when. */
  revoked: { system: string; outcome: string; at: string }[];
  returned: { asset: string; outcome: string; at: string }[];
  exceptions: Exception[];
}

/** Someone who belongs to the population but has no checklist: the gap an auditor would find. */
export interface MissingRecord {
  population: 'hire' | 'leaver';
  name: string;
  email: string;
  kind: string;
  date: string;
  problem: string;
}

export interface PeopleReport {
  scope: ReportScope;
  timeZone: string;
  hires: ReportRow[];
  leavers: ReportRow[];
  missing: MissingRecord[];
  /** Why the population is complete: how it was selected. */
  completeness: string;
}

export const MAX_LAST = 100;

export function checkedScope(input: { last?: number; from?: string; to?: string }): ReportScope {
  if (input.last !== undefined) {
    if (input.from || input.to) throw invalidInput('ask for the last N, or for a window from one date to another, not both', 'last');
    if (!Number.isInteger(input.last) || input.last < 1 || input.last > MAX_LAST) throw invalidInput(`last must be a whole number from 1 to ${MAX_LAST}`, 'last');
    return { last: input.last };
  }
  if (!input.from || !input.to) throw invalidInput('give --last N, or both --from and --to dates', input.from ? 'to' : 'from');
  const from = parseLocalDate(input.from, 'from');
  const to = parseLocalDate(input.to, 'to');
  if (Temporal.PlainDate.compare(from, to) > 0) throw invalidInput(`to (${to}) is before from (${from})`, 'to');
  return { from: from.toString(), to: to.toString() };
}

/** A checklist as a row of the report: completion, timing (a leaver's same-day deadline, a hire's late items), access revoked, assets returned, exceptions. */
export function rowOf(checklist: Checklist, timeZone: string): ReportRow {
  const leaver = checklist.kind === 'offboarding';
  const date = checklistDay(checklist, timeZone);
  const deadline = checklist.deadline;
  const lateItems = checklist.exceptions.filter((e) => e.rule === 'late').length;
  const timing = leaver
    ? !deadline
      ? 'no deadline'
      : deadline.status === 'on_time'
        ? 'all access removed on the day'
        : deadline.status === 'late'
          ? `access removed ${deadline.lateDays} day${deadline.lateDays === 1 ? '' : 's'} late`
          : deadline.overdueDays
            ? `access still open, ${deadline.overdueDays} day${deadline.overdueDays === 1 ? '' : 's'} overdue`
            : 'access removal in progress'
    : lateItems > 0
      ? `${lateItems} item${lateItems === 1 ? '' : 's'} late`
      : checklist.completedAt
        ? 'every item on time'
        : `${checklist.total - checklist.done} open, none late`;
  const doneItems = checklist.items.filter((i) => i.done);
  return {
    population: leaver ? 'leaver' : 'hire',
    checklistId: checklist.id,
    name: checklist.person.name,
    email: checklist.person.email,
    kind: checklist.engagement.kind,
    title: checklist.engagement.title,
    date,
    reason: checklist.reason,
    status: checklist.completedAt ? 'complete' : 'open',
    done: checklist.done,
    total: checklist.total,
    completedAt: checklist.completedAt,
    timing,
    doneBy: [...new Set(doneItems.map((i) => i.doneBy!))].sort(),
    revoked: doneItems.filter((i) => i.system && leaver).map((i) => ({ system: i.system!.name, outcome: i.outcome!, at: i.effectiveAt! })),
    returned: doneItems.filter((i) => i.asset).map((i) => ({ asset: `${i.asset!.kind} ${i.asset!.tag}`, outcome: i.outcome!, at: i.effectiveAt! })),
    exceptions: checklist.exceptions,
  };
}

const newestFirst = (a: ReportRow, b: ReportRow) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.email < b.email ? -1 : 1);

/**
 * The evidence an auditor samples: the last N onboardings and offboardings, or every hire and
 * leaver in a window with completion, timing and exceptions, and anyone missing a record.
 */
export async function peopleReport(ctx: Context, scope: ReportScope): Promise<PeopleReport> {
  const { timeZone } = await getWorkspace(ctx);
  const rows = (await loadChecklists(ctx)).map((c) => rowOf(c, timeZone));
  const today = localDateOf(ctx.now(), timeZone).toString();
  // Someone who has not started yet is not a hire: their onboarding is on their own page until then.
  const hires = rows.filter((r) => r.population === 'hire' && r.date <= today).sort(newestFirst);
  const leavers = rows.filter((r) => r.population === 'leaver').sort(newestFirst);
  if ('last' in scope) {
    return { scope, timeZone, hires: hires.slice(0, scope.last), leavers: leavers.slice(0, scope.last), missing: [], completeness: `The ${scope.last} most recent onboardings by start date (of people who have started) and offboardings by termination date, of ${hires.length} and ${leavers.length} recorded.` };
  }
  const inWindow = (date: string) => date >= scope.from && date <= scope.to;
  const engagements = await ctx.db
    .selectFrom('engagements as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .leftJoin('checklists as onb', (join) => join.onRef('onb.engagement_id', '=', 'e.id').on('onb.kind', '=', 'onboarding'))
    .leftJoin('checklists as offb', (join) => join.onRef('offb.engagement_id', '=', 'e.id').on('offb.kind', '=', 'offboarding'))
    .select(['p.name', 'p.email', 'e.kind', 'e.start_on', 'e.end_on', 'onb.id as onboarding_id', 'offb.id as offboarding_id'])
    .execute();
  const missing: MissingRecord[] = [
    ...engagements
      .filter((e) => inWindow(e.start_on) && e.start_on <= today && !e.onboarding_id)
      .map((e) => ({ population: 'hire' as const, name: e.name, email: e.email, kind: e.kind, date: e.start_on, problem: 'started with no onboarding checklist' })),
    ...engagements
      .filter((e) => e.end_on && inWindow(e.end_on) && e.end_on < today && !e.offboarding_id)
      .map((e) => ({ population: 'leaver' as const, name: e.name, email: e.email, kind: e.kind, date: e.end_on!, problem: 'the engagement ended with no offboarding' })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    scope,
    timeZone,
    hires: hires.filter((r) => inWindow(r.date)),
    leavers: leavers.filter((r) => inWindow(r.date)),
    missing,
    completeness: `Every engagement in the directory whose start date (hires) or termination date (leavers) falls from ${scope.from} to ${scope.to} in ${timeZone}, and every time-bounded engagement that ended then; anyone without a checklist is listed as missing.`,
  };
}
