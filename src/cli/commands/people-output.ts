import type { EngagementView, PersonView } from '../../people/person-view.ts';
import type { ImportPreview } from '../../people/plan-people-import.ts';
import { formatTable } from '../output.ts';
import type { PersonSummary } from './people-targets.ts';

const progress = (checklist: { done: number; total: number } | null) => (checklist ? `${checklist.done}/${checklist.total}` : '');
const manager = (e: EngagementView) => e.manager?.email ?? '';
const status = (e: EngagementView) => `${e.status}${e.pastEndDate ? ' (past end date)' : ''}`;

export function peopleTable(people: PersonSummary[]): string {
  if (people.length === 0) return 'nobody yet: `groundwork people add …`, or `groundwork people import FILE` from an HR export';
  const rows = people.map(({ name, email, current: e }) => ({ name, email, kind: e.kind, status: status(e), title: e.title ?? '', department: e.department ?? '', manager: manager(e), start: e.startOn, end: e.endOn ?? '', onboarding: progress(e.onboarding), offboarding: progress(e.offboarding) }));
  return formatTable(rows, ['name', 'email', 'kind', 'status', 'title', 'department', 'manager', 'start', 'end', 'onboarding', 'offboarding']);
}

/** A person and the timeline of their engagements, oldest first. */
export function personText(person: PersonView): string {
  const e = person.current;
  const timeline = person.engagements.map((g) => ({
    start: g.startOn,
    end: g.offboarding ? `${g.offboarding.terminatesAt.slice(0, 10)} (${g.offboarding.reason})` : (g.endOn ?? ''),
    kind: g.kind,
    status: status(g),
    title: g.title ?? '',
    department: g.department ?? '',
    manager: manager(g),
    onboarding: progress(g.onboarding),
    offboarding: progress(g.offboarding),
  }));
  return [
    `${person.name} <${person.email}>${person.aliases.length > 0 ? `, also ${person.aliases.join(', ')}` : ''}`,
    `${e.kind}, ${status(e)}${e.title ? `: ${e.title}` : ''}${e.department ? `, ${e.department}` : ''}${e.manager ? `; manager ${e.manager.name} <${e.manager.email}>` : ''}`,
    '',
    formatTable(timeline, ['start', 'end', 'kind', 'status', 'title', 'department', 'manager', 'onboarding', 'offboarding']),
  ].join('\n');
}

const shown = (value: unknown) => (value === null ? '-' : Array.isArray(value) ? value.join(', ') || '-' : String(value));

/** The preview section by section, each a table; empty sections are left out. */
export function previewText(preview: ImportPreview, applied: boolean): string {
  const section = (title: string, count: number, table: () => string) => (count > 0 ? [`${title} (${count}):`, table(), ''] : []);
  const person = (p: ImportPreview['new'][number]) => ({ line: p.line, name: p.name, email: p.email, kind: p.kind, title: p.title ?? '', manager: p.manager ?? '', start: p.startOn, end: p.endOn ?? '' });
  const counts = [['new', preview.new], ['changed', preview.changed], ['returning', preview.returning], ['unchanged', preview.unchanged], ['left', preview.left], ['missing', preview.missing]] as const;
  return [
    `${preview.fileName}: ${preview.rows} rows, SHA-256 ${preview.sha256}`,
    counts.map(([name, list]) => `${list.length} ${name}`).join(', '),
    ...(preview.ignoredColumns.length > 0 ? [`ignored columns: ${preview.ignoredColumns.join(', ')}`] : []),
    '',
    ...section('New', preview.new.length, () => formatTable(preview.new.map(person), ['line', 'name', 'email', 'kind', 'title', 'manager', 'start', 'end'])),
    ...section('Changed', preview.changed.length, () =>
      formatTable(preview.changed.flatMap((c) => c.changes.map((change) => ({ line: c.line, name: c.name, email: c.email, field: change.field, from: shown(change.from), to: shown(change.to) }))), ['line', 'name', 'email', 'field', 'from', 'to']),
    ),
    ...section('Returning: a new engagement, onboarded from zero', preview.returning.length, () => formatTable(preview.returning.map((r) => ({ ...person(r), left: r.leftOn })), ['line', 'name', 'email', 'kind', 'title', 'manager', 'start', 'end', 'left'])),
    ...section('Unchanged', preview.unchanged.length, () => formatTable(preview.unchanged.map((u) => ({ line: u.line, name: u.name, email: u.email })), ['line', 'name', 'email'])),
    ...section('Left by the end date in the file: not imported', preview.left.length, () => formatTable(preview.left.map((l) => ({ line: l.line, name: l.name, email: l.email, end: l.endOn })), ['line', 'name', 'email', 'end'])),
    ...section('In the directory but not in the file', preview.missing.length, () =>
      formatTable(preview.missing.map((m) => ({ name: m.name, email: m.email, kind: m.kind, status: m.status, start: m.startOn, end: m.endOn ?? '' })), ['name', 'email', 'kind', 'status', 'start', 'end']),
    ),
    ...preview.notes,
    applied ? `imported ${preview.fileName}` : 'nothing was changed: run again with --apply to import this file',
  ].join('\n');
}
