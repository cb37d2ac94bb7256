import type { AuditRequestDetail, RequestLink, RequestList } from '../../audits/audit-request.ts';
import type { AuditWindow } from '../../audits/audit-window.ts';
import type { RequestImport } from '../../audits/import-requests.ts';
import { formatTable } from '../output.ts';

export function windowText(window: AuditWindow | null): string {
  if (!window) return 'no audit window yet: set it with `groundwork audit window --from YYYY-MM-DD --to YYYY-MM-DD [--firm NAME]`';
  return `audit window ${window.from} to ${window.to}${window.firm ? `, ${window.firm}` : ''} (set ${window.setAt.slice(0, 10)} by ${window.setBy})`;
}

const control = (r: { control: AuditRequestDetail['control'] }) => r.control?.text ?? '';
const shorten = (text: string, width = 60) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
};

/** The requests with their status; the counts of all of them first. */
export function requestListText(list: RequestList): string {
  const { counts } = list;
  const summary = `${counts.total} requests: ${counts.open} open, ${counts.overdue} overdue, ${counts.answered} answered (today is ${list.today})`;
  if (counts.total === 0) return 'no audit requests yet: import the auditor’s list with `groundwork audit requests import FILE`';
  if (list.requests.length === 0) return `${summary}\nnone has that status`;
  const rows = list.requests.map((r) => ({ request: r.id, control: control(r), due: r.dueOn, status: r.status, answers: r.answers, description: shorten(r.description) }));
  return `${summary}\n\n${formatTable(rows, ['request', 'control', 'due', 'status', 'answers', 'description'])}`;
}

/** What a link is, in a few words. */
export function linkText(link: RequestLink): string {
  if (link.population) return `${link.population.kind} population ${link.population.from} to ${link.population.to}`;
  if (link.attachment) return `file ${[link.attachment.fileName, link.attachment.sha256].filter(Boolean).join(' ')}`;
  if (link.package) return `auditor package${link.package.window ? ` ${link.package.window.from} to ${link.package.window.to}` : ''}, event ${link.package.seq} (${link.package.recordedAt.slice(0, 10)})`;
  return `note: ${link.note}`;
}

/** One request: what it asks, its status, and each link by number (for `audit unlink`). */
export function requestText(request: AuditRequestDetail): string {
  const named = [...(request.control?.controls.map((c) => `${c.id} ${c.title}`) ?? []), ...(request.control?.criteria.map((c) => `${c.id} ${c.title}`) ?? [])];
  const links = request.links.map((l) => ({ link: l.number, answer: linkText(l), by: l.linkedBy, at: l.linkedAt.slice(0, 10), removed: l.removedAt ? `${l.removedAt.slice(0, 10)} ${l.removedBy}` : '', download: l.href ?? '' }));
  return [
    `${request.id}: ${request.status}, due ${request.dueOn}${request.control ? `; control ${request.control.text}` : ''}`,
    ...named.map((n) => `  names ${n}`),
    request.description,
    '',
    links.length > 0 ? formatTable(links, ['link', 'answer', 'by', 'at', 'removed', 'download']) : 'not answered: `groundwork audit answer REQUEST --population KIND | --attachment SHA | --file PATH | --package SEQ | --note TEXT`',
  ].join('\n');
}

/** What an import did (or would do), section by section. */
export function importText(result: RequestImport, applied: boolean): string {
  const section = (title: string, count: number, table: () => string) => (count > 0 ? [`${title} (${count}):`, table(), ''] : []);
  return [
    `${result.fileName}: ${result.rows} requests, SHA-256 ${result.sha256}`,
    `columns: ${result.columns.map((c) => `${c.header} → ${c.field}`).join(', ')}${result.ignoredColumns.length > 0 ? `; ignored: ${result.ignoredColumns.join(', ')}` : ''}`,
    `${result.new.length} new, ${result.changed.length} changed, ${result.unchanged.length} unchanged, ${result.notInFile.length} not in the file (kept)`,
    '',
    ...section('New', result.new.length, () => formatTable(result.new.map((r) => ({ line: r.line, request: r.id, control: r.control ?? '', due: r.dueOn, description: shorten(r.description) })), ['line', 'request', 'control', 'due', 'description'])),
    ...section('Changed', result.changed.length, () =>
      formatTable(result.changed.flatMap((c) => c.changes.map((change) => ({ line: c.line, request: c.id, field: change.field, from: shorten(change.from ?? '-', 40), to: shorten(change.to ?? '-', 40) }))), ['line', 'request', 'field', 'from', 'to']),
    ),
    ...section('Imported before, not in this file: kept with their answers', result.notInFile.length, () => formatTable(result.notInFile.map((r) => ({ request: r.id, status: r.status, description: shorten(r.description) })), ['request', 'status', 'description'])),
    applied ? (result.new.length + result.changed.length > 0 ? `imported ${result.fileName}; answers are kept` : 'nothing to import: every request is as the list has it') : 'nothing was changed: run again without --preview to import this list',
  ].join('\n');
}
