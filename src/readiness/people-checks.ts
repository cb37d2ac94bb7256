import { type Checklist, checklistDay } from '../people/checklist.ts';
import type { ChecklistKind } from '../people/checklist-template.ts';
import type { Check, OperationItem } from './control-status.ts';
import { type Moment, engagedAt, localDay, occurrencesAt, plural } from './moment.ts';
import { itemKeyMatches } from './item-key.ts';
import type { ReadinessData } from './readiness-data.ts';

const names = (list: { name: string }[]) => {
  const unique = [...new Set(list.map((l) => l.name))];
  return `${unique.slice(0, 3).join(', ')}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}`;
};

/** Everyone who had started by `at` was onboarded from a checklist started before their first day. */
export function onboardingsInPlace(data: ReadinessData, at: Moment): Check {
  // Someone who joined before Groundwork kept records was not a hire it could onboard; an auditor's population starts later still.
  const began = localDay(data.beganAt, data.timeZone);
  const onboarded = new Set(data.checklists.filter((c) => c.kind === 'onboarding' && c.startedAt < at.iso).map((c) => c.engagement.id));
  const started = data.engagements.filter((e) => e.startOn <= at.date && e.createdAt < at.iso && (e.startOn >= began || onboarded.has(e.id)));
  const earlier = data.engagements.filter((e) => e.startOn < began && !onboarded.has(e.id)).length;
  const before = earlier ? ` (${plural(earlier, 'person', 'people')} who joined before ${began}, when records began, not counted)` : '';
  const without = started.filter((e) => !onboarded.has(e.id));
  if (started.length === 0) return { ok: true, summary: `no one has started yet; the onboarding checklist is ready for the first hire${before}` };
  if (without.length) {
    return { ok: false, summary: `${plural(without.length, 'person', 'people')} of ${started.length} started without an onboarding checklist: ${names(without)}${before}`, next: 'Start their onboarding checklists and complete them (People → the person → Onboard, or groundwork onboard EMAIL).' };
  }
  return { ok: true, summary: `all ${plural(started.length, 'person', 'people')} who started were onboarded from the checklist${before}` };
}

/** Everyone whose engagement had ended by `at` has an offboarding, with access removed by its deadline. */
export function offboardingsInPlace(data: ReadinessData, at: Moment): Check {
  const ended = data.engagements.filter((e) => e.endOn !== null && e.endOn < at.date);
  const offboardings = new Map(data.checklists.filter((c) => c.kind === 'offboarding' && c.startedAt < at.iso).map((c) => [c.engagement.id, c]));
  const without = ended.filter((e) => !offboardings.has(e.id));
  const late = [...offboardings.values()].filter((c) => accessOpenPastLastDay(data, c, at));
  if (without.length || late.length) {
    const parts = [without.length ? `${plural(without.length, 'leaver')} with no offboarding: ${names(without)}` : '', late.length ? `${plural(late.length, 'leaver')} with access still open past the last day: ${names(late.map((c) => c.person))}` : ''].filter(Boolean);
    return { ok: false, summary: parts.join('; '), next: 'Offboard them and revoke every access on the checklist today (People → the person → Offboard).' };
  }
  if (ended.length === 0 && offboardings.size === 0) return { ok: true, summary: 'no one has left yet; the offboarding checklist is ready' };
  return { ok: true, summary: `${plural(offboardings.size, 'offboarding')}, none with access left open past the last day` };
}

/** The leaver's same-day revocation had fallen due by `at` and was not recorded done by then. */
function accessOpenPastLastDay(data: ReadinessData, checklist: Checklist, at: Moment): boolean {
  const day = checklistDay(checklist, data.timeZone);
  const loaded = checklist.deadline && data.obligations.get(checklist.deadline.obligationId);
  if (!loaded || day >= at.date) return false;
  const [occurrence] = occurrencesAt(loaded, day, day, at.end, data.timeZone);
  return occurrence?.status === 'missed' || (occurrence?.status === 'open' && (occurrence.overdueDays ?? 0) > 0);
}

/** Hires or leavers in the window, each judged by its checklist's dates; anyone without one fails. */
export function checklistPopulation(data: ReadinessData, kind: ChecklistKind, from: string, to: string, today: string): OperationItem[] {
  const inWindow = (date: string) => date >= from && date <= to && date <= today;
  const items: OperationItem[] = [];
  const covered = new Set<string>();
  for (const checklist of data.checklists) {
    if (checklist.kind !== kind) continue;
    covered.add(checklist.engagement.id);
    const date = checklistDay(checklist, data.timeZone);
    if (!inWindow(date)) continue;
    items.push(kind === 'onboarding' ? onboardingItem(checklist, date) : offboardingItem(checklist, date));
  }
  for (const e of data.engagements) {
    const date = kind === 'onboarding' ? e.startOn : e.endOn;
    if (!date || covered.has(e.id) || !inWindow(date) || (kind === 'offboarding' && date >= today)) continue;
    items.push({ ref: `engagement:${e.id}`, date, label: `${e.name} (${e.kind})`, result: 'failed', detail: kind === 'onboarding' ? 'started with no onboarding checklist' : 'left with no offboarding checklist', exception: null });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function onboardingItem(checklist: Checklist, date: string): OperationItem {
  const base = { ref: checklist.id, date, label: `${checklist.person.name} (${checklist.engagement.kind})`, exception: null };
  const late = checklist.exceptions.filter((e) => e.rule === 'late');
  if (checklist.startedAt.slice(0, 10) > date) return { ...base, result: 'late', detail: `checklist started ${checklist.startedAt.slice(0, 10)}, after the first day` };
  if (late.length) return { ...base, result: 'late', detail: late.map((e) => `${e.key}: ${e.detail}`).join('; ') };
  if (!checklist.completedAt) return { ...base, result: 'open', detail: `${checklist.done} of ${checklist.total} items done, none late` };
  return { ...base, result: 'ok', detail: `every item done on time, complete ${checklist.completedAt.slice(0, 10)}` };
}

function offboardingItem(checklist: Checklist, date: string): OperationItem {
  const base = { ref: checklist.id, date, label: `${checklist.person.name} (${checklist.reason ?? 'leaver'})`, exception: null };
  const afterTalk = checklist.exceptions.find((e) => e.rule === 'after-conversation');
  const deadline = checklist.deadline;
  if (afterTalk) return { ...base, result: 'failed', detail: `access cut after the conversation: ${afterTalk.detail}` };
  if (!deadline) return { ...base, result: 'open', detail: 'no revocation deadline recorded' };
  if (deadline.status === 'on_time') return { ...base, result: 'ok', detail: 'all access removed on the last day' };
  if (deadline.status === 'late') return { ...base, result: 'late', detail: `access removed ${plural(deadline.lateDays ?? 0, 'day')} late` };
  if (deadline.status === 'missed' || (deadline.overdueDays ?? 0) > 0) return { ...base, result: 'failed', detail: `access still open ${plural(deadline.overdueDays ?? 0, 'day')} after the last day` };
  return { ...base, result: 'open', detail: 'access removal in progress' };
}

/** The named item on every checklist of the kind up to `at`: done by its due date. */
export function checklistItemInPlace(data: ReadinessData, kind: ChecklistKind, key: string, at: Moment): Check {
  const due = data.checklists
    .filter((c) => c.kind === kind && c.startedAt < at.iso)
    .flatMap((c) => c.items.filter((i) => itemKeyMatches(i.key, key) && i.dueOn < at.date).map((i) => ({ name: c.person.name, item: i })));
  if (due.length === 0) return { ok: true, summary: `no ${kind} has reached this item yet; it is on the checklist` };
  // Done by `at` as recorded by then: an item entered later, even back-dated, was not done at `at`.
  const undone = due.filter(({ item }) => !item.doneAt || !item.effectiveAt || item.doneAt >= at.iso || item.effectiveAt >= at.iso);
  if (undone.length) return { ok: false, summary: `${plural(undone.length, 'item')} of ${due.length} not done by their due date: ${names(undone)}`, next: `Complete the open ${kind} items (People → the person's checklist).` };
  return { ok: true, summary: `done on all ${plural(due.length, 'checklist')} that reached it` };
}

export function checklistItemPopulation(data: ReadinessData, kind: ChecklistKind, key: string, from: string, to: string, today: string): OperationItem[] {
  const items: OperationItem[] = [];
  for (const checklist of data.checklists) {
    if (checklist.kind !== kind) continue;
    for (const item of checklist.items) {
      if (!itemKeyMatches(item.key, key) || item.dueOn < from || item.dueOn > to) continue;
      const late = checklist.exceptions.find((e) => e.key === item.key && e.rule !== 'after-conversation');
      const label = `${checklist.person.name}: ${item.title}`;
      const base = { ref: `${checklist.id}/${item.key}`, date: item.dueOn, label, exception: null };
      if (late) items.push({ ...base, result: item.done ? 'late' : 'failed', detail: late.detail });
      else if (!item.done) items.push({ ...base, result: item.dueOn < today ? 'failed' : 'open', detail: `not done, due ${item.dueOn}` });
      else items.push({ ...base, result: 'ok', detail: `done ${item.effectiveAt!.slice(0, 10)} by ${item.doneBy}${item.outcome ? ` (${item.outcome})` : ''}` });
    }
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Everyone engaged at `at` has a role, and a manager unless they lead the company. */
export function directoryInPlace(data: ReadinessData, at: Moment): Check {
  const engaged = engagedAt(data, at);
  if (engaged.length === 0) return { ok: false, summary: 'the people directory is empty', next: 'Import the directory from the HR export (People → Import, or groundwork people import FILE).' };
  const noTitle = engaged.filter((e) => !e.title);
  // One person, the head of the company, reports to no one.
  const noManager = engaged.filter((e) => !e.managerId);
  const problems = [noTitle.length ? `no role for ${names(noTitle)}` : '', noManager.length > 1 ? `no manager for ${names(noManager)}` : ''].filter(Boolean);
  if (problems.length) return { ok: false, summary: problems.join('; '), next: 'Fill in the roles and managers (People → the person → Edit).' };
  return { ok: true, summary: `${plural(engaged.length, 'person', 'people')}, each with a role and a manager` };
}
