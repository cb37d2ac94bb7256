import { Temporal } from 'temporal-polyfill';
import { occurrencesBetween } from '../cadence/list-occurrences.ts';
import { type LoadedObligation, loadObligations } from '../cadence/load-obligations.ts';
import { keysetPages } from '../db/keyset-pages.ts';
import type { Occurrence } from '../cadence/obligation.ts';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { localDateOf, startOfLocalDay } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import type { ChecklistKind, Confirmer, Proof } from './checklist-template.ts';
import type { PersonKind } from './person-kind.ts';

export type OffboardingReason = 'voluntary' | 'involuntary' | 'reduction-in-force' | 'contract-end';
export const offboardingReasons: readonly OffboardingReason[] = ['voluntary', 'involuntary', 'reduction-in-force', 'contract-end'];

/** How long "first weeks" lasts: the manager's and the new hire's confirmations are due by then. */
export const FIRST_WEEKS_DAYS = 14;
/** Access goes the same day; assets come back, and the wrap-up is done, within a week of it. */
export const RETURN_DAYS = 7;

/** A finding an auditor would ask about, computed from the dates: never typed in. */
export interface Exception {
  key: string;
  rule: 'late' | 'after-conversation' | 'not-returned';
  detail: string;
}

export interface ChecklistItem {
  key: string;
  phase: string;
  title: string;
  proof: Proof;
  confirmedBy: Confirmer;
  system: { id: string; name: string } | null;
  accessRole: string | null;
  asset: { id: string; tag: string; kind: string } | null;
  /** The local date it should be done by. */
  dueOn: string;
  done: boolean;
  doneAt: string | null;
  effectiveAt: string | null;
  doneBy: string | null;
  outcome: string | null;
  link: string | null;
  attachmentSha256: string | null;
  note: string | null;
  evidenceSeq: number | null;
}

export interface Checklist {
  id: string;
  kind: ChecklistKind;
  person: { id: string; name: string; email: string };
  engagement: { id: string; kind: PersonKind; title: string | null; startOn: string; endOn: string | null; managerId: string | null };
  startedAt: string;
  startedBy: string;
  /** Offboarding: when access ends, why, when an involuntary leaver was told, and the reduction in force it belongs to. */
  terminatesAt: string | null;
  reason: OffboardingReason | null;
  conversationAt: string | null;
  batchId: string | null;
  /** Offboarding: the same-day revocation occurrence in the cadence engine (on time, late by N days, open). */
  deadline: Occurrence | null;
  items: ChecklistItem[];
  done: number;
  total: number;
  /** When the last item took effect, once every item is done. */
  completedAt: string | null;
  exceptions: Exception[];
}

const CHECKLIST_PAGE = 100;

/**
 * Every checklist of some engagements, or all: the few queries behind the people pages and reports.
 * A caller that has already loaded every obligation passes them, and they are not read again; one
 * that reads only some items names them with `keepItem`, and keeps only those (done, total,
 * completedAt and the exceptions still count every item).
 */
export async function loadChecklists(
  ctx: Context,
  filter: { ids?: string[]; engagementIds?: string[] } = {},
  options: { obligations?: LoadedObligation[]; keepItem?: (key: string) => boolean } = {},
): Promise<Checklist[]> {
  const { obligations, keepItem } = options;
  const all = !filter.ids && !filter.engagementIds;
  const { timeZone } = await getWorkspace(ctx);
  const every = obligations ?? (all ? await loadObligations(ctx) : undefined);
  const allDeadlines = every && new Map(every.map((o) => [o.obligation.id, o]));
  const now = ctx.now();
  // Keys, titles and names repeat on every checklist: one copy of each, not one per item.
  const shared = new Map<string, string>();
  const share = <T extends string | null>(text: T): T => (text === null ? text : ((shared.get(text) ?? shared.set(text, text).get(text)) as T));

  const checklists: Checklist[] = [];
  // A page of checklists and their items at a time: a whole-workspace report reads hundreds of thousands of items.
  const pages = keysetPages(
    (after: { startedAt: string; id: string } | undefined) =>
      ctx.db
        .selectFrom('checklists as c')
        .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
        .innerJoin('people as p', 'p.id', 'e.person_id')
        .select([
          'c.id',
          'c.kind',
          'c.started_at',
          'c.started_by',
          'c.terminates_at',
          'c.reason',
          'c.conversation_at',
          'c.batch_id',
          'c.obligation_id',
          'e.id as engagement_id',
          'e.kind as engagement_kind',
          'e.title',
          'e.start_on',
          'e.end_on',
          'e.manager_id',
          'p.id as person_id',
          'p.name',
          'p.email',
        ])
        .$if(filter.ids !== undefined, (q) => q.where('c.id', 'in', filter.ids!.length ? filter.ids! : ['']))
        .$if(filter.engagementIds !== undefined, (q) => q.where('c.engagement_id', 'in', filter.engagementIds!.length ? filter.engagementIds! : ['']))
        .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('c.started_at', 'c.id'), '>', eb.tuple(after!.startedAt, after!.id))))
        .orderBy('c.started_at')
        .orderBy('c.id')
        .limit(CHECKLIST_PAGE)
        .execute(),
    (row) => ({ startedAt: row.started_at, id: row.id }),
    CHECKLIST_PAGE,
  );
  for await (const page of pages) {
    const deadlines = allDeadlines ?? new Map((await loadObligations(ctx, { ids: page.flatMap((r) => (r.obligation_id ? [r.obligation_id] : [])) })).map((o) => [o.obligation.id, o]));
    const items = await ctx.db
      .selectFrom('checklist_items as i')
      .leftJoin('systems as s', 's.id', 'i.system_id')
      .leftJoin('assets as a', 'a.id', 'i.asset_id')
      .selectAll('i')
      .select(['s.name as system_name', 'a.tag as asset_tag', 'a.kind as asset_kind'])
      .where('i.checklist_id', 'in', page.map((r) => r.id))
      .orderBy('i.checklist_id')
      .orderBy('i.position')
      .execute();
    const itemsOf = Map.groupBy(items, (i) => i.checklist_id);
    for (const row of page) {
      const terminationDay = row.terminates_at ? localDateOf(new Date(row.terminates_at), timeZone) : null;
      const start = Temporal.PlainDate.from(row.start_on);
      // Per phase, not per item.
      const dueByPhase = new Map<string, string>();
      const dueOn = (phase: string) => dueByPhase.get(phase) ?? dueByPhase.set(phase, dueDates(phase, start, terminationDay).toString()).get(phase)!;
      const list: ChecklistItem[] = (itemsOf.get(row.id) ?? []).map((i) => ({
        key: share(i.key),
        phase: share(i.phase),
        title: share(i.title),
        proof: share(i.proof) as Proof,
        confirmedBy: share(i.confirmed_by) as Confirmer,
        system: i.system_id ? { id: share(i.system_id), name: share(i.system_name!) } : null,
        accessRole: share(i.access_role),
        asset: i.asset_id ? { id: i.asset_id, tag: i.asset_tag!, kind: share(i.asset_kind!) } : null,
        dueOn: share(dueOn(i.phase)),
        done: i.done_at !== null,
        doneAt: i.done_at,
        effectiveAt: i.effective_at === i.done_at ? i.done_at : i.effective_at,
        doneBy: share(i.done_by),
        outcome: share(i.outcome),
        link: i.link,
        attachmentSha256: i.attachment_sha256,
        note: i.note,
        evidenceSeq: i.evidence_seq,
      }));
      const done = list.filter((i) => i.done).length;
      const obligation = row.obligation_id ? deadlines.get(row.obligation_id) : undefined;
      const deadline = obligation && terminationDay ? (occurrencesBetween(obligation, terminationDay, terminationDay, now, timeZone)[0] ?? null) : null;
      checklists.push({
        id: row.id,
        kind: row.kind as ChecklistKind,
        person: { id: row.person_id, name: row.name, email: row.email },
        engagement: { id: row.engagement_id, kind: row.engagement_kind as PersonKind, title: row.title, startOn: row.start_on, endOn: row.end_on, managerId: row.manager_id },
        startedAt: row.started_at,
        startedBy: share(row.started_by),
        terminatesAt: row.terminates_at,
        reason: row.reason as OffboardingReason | null,
        conversationAt: row.conversation_at,
        batchId: row.batch_id,
        deadline,
        items: keepItem ? list.filter((i) => keepItem(i.key)) : list,
        done,
        total: list.length,
        completedAt: done === list.length ? (list.map((i) => i.effectiveAt!).sort().at(-1) ?? null) : null,
        exceptions: exceptionsOf(list, row.conversation_at, now, timeZone),
      });
    }
  }
  return checklists;
}

function dueDates(phase: string, start: Temporal.PlainDate, terminationDay: Temporal.PlainDate | null): Temporal.PlainDate {
  if (phase === 'before-day-one') return start.subtract({ days: 1 });
  if (phase === 'day-one') return start;
  if (phase === 'first-weeks') return start.add({ days: FIRST_WEEKS_DAYS });
  const day = terminationDay ?? start;
  return phase === 'access' ? day : day.add({ days: RETURN_DAYS });
}

/** The local date a checklist is about: a hire's first day, a leaver's termination day. */
export function checklistDay(checklist: Pick<Checklist, 'kind' | 'terminatesAt' | 'engagement'>, timeZone: string): string {
  return checklist.kind === 'offboarding' && checklist.terminatesAt ? localDateOf(new Date(checklist.terminatesAt), timeZone).toString() : checklist.engagement.startOn;
}

export async function loadChecklist(ctx: Context, id: string): Promise<Checklist> {
  const [checklist] = await loadChecklists(ctx, { ids: [id] });
  if (!checklist) throw new AppError('not_found', `there is no checklist ${id}`, 'checklist');
  return checklist;
}

/** "2026-10-21 10:25" in the workspace's time zone. */
function localTime(iso: string, timeZone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' }).replace('T', ' ');
}

/**
 * Late: done (or still open) after the end of its due day. After the conversation: an involuntary
 * leaver's access cut after they were told. Not returned: an asset the person kept.
 */
function exceptionsOf(items: ChecklistItem[], conversationAt: string | null, now: Date, timeZone: string): Exception[] {
  const exceptions: Exception[] = [];
  // When each due day ends: most items are done before it, and a string comparison says so.
  const dueEnds = new Map<string, string>();
  const dueEnd = (dueOn: string) => dueEnds.get(dueOn) ?? dueEnds.set(dueOn, startOfLocalDay(Temporal.PlainDate.from(dueOn).add({ days: 1 }), timeZone).toISOString()).get(dueOn)!;
  const nowIso = now.toISOString();
  for (const item of items) {
    const at = item.effectiveAt ?? nowIso;
    const days = at < dueEnd(item.dueOn) ? 0 : Temporal.PlainDate.from(item.dueOn).until(localDateOf(new Date(at), timeZone), { largestUnit: 'days' }).days;
    if (days > 0) exceptions.push({ key: item.key, rule: 'late', detail: item.done ? `done ${days} day${days === 1 ? '' : 's'} after ${item.dueOn}` : `open, ${days} day${days === 1 ? '' : 's'} past ${item.dueOn}` });
    if (conversationAt && item.phase === 'access' && item.effectiveAt && item.effectiveAt > conversationAt) {
      const minutes = Math.round((Date.parse(item.effectiveAt) - Date.parse(conversationAt)) / 60_000);
      exceptions.push({ key: item.key, rule: 'after-conversation', detail: `done ${localTime(item.effectiveAt, timeZone)}, ${minutes} minutes after the conversation at ${localTime(conversationAt, timeZone)} (${timeZone})` });
    }
    if (item.outcome === 'not-returned') exceptions.push({ key: item.key, rule: 'not-returned', detail: item.note ?? 'not returned' });
  }
  return exceptions;
}
