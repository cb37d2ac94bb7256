import type { Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { AuditRequestLinkTable, AuditRequestTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { PopulationKind } from '../exports/population-kinds.ts';
import { todayIn } from '../people/person.ts';
import { type ControlReference, controlReference } from './control-reference.ts';

/**
 * Computed, never typed in: answered once anything is linked to it; otherwise overdue the day
 * after its due date (in the workspace's time zone), open until then.
 */
export const requestStatuses = ['open', 'overdue', 'answered'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const linkKinds = ['population', 'attachment', 'package', 'note'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** One piece of evidence that answers a request. */
export interface RequestLink {
  /** 1, 2, 3 … in the request; never reused. */
  number: number;
  kind: LinkKind;
  population: { kind: PopulationKind; from: string; to: string } | null;
  attachment: { sha256: string; fileName: string | null; contentType: string; sizeBytes: number } | null;
  /** The auditor package, by its exports.package.created event, and the window it covers. */
  package: { seq: number; recordedAt: string; window: { from: string; to: string } | null } | null;
  note: string | null;
  /** Where to download it from the API: the population's CSV, or the attachment. */
  href: string | null;
  linkedAt: string;
  linkedBy: string;
  /** Unlinked: kept, but no longer an answer. */
  removedAt: string | null;
  removedBy: string | null;
}

export interface AuditRequest {
  id: string;
  control: ControlReference | null;
  description: string;
  dueOn: string;
  status: RequestStatus;
  /** Links that answer it (removed ones not counted). */
  answers: number;
  addedAt: string;
  addedBy: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type AuditRequestDetail = AuditRequest & { links: RequestLink[] };

export interface RequestList {
  /** The workspace's date now: what overdue is measured against. */
  today: string;
  counts: Record<RequestStatus, number> & { total: number };
  /** By id, numbers in order: PBC-2 before PBC-10. */
  requests: AuditRequest[];
}

const byId = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The auditor's requests, each with its status; `status` keeps only those in it (the counts are of all). */
export async function listAuditRequests(ctx: Pick<Context, 'db' | 'now'>, filter: { status?: RequestStatus } = {}): Promise<RequestList> {
  const today = (await todayIn(ctx)).toString();
  const rows = await ctx.db.selectFrom('audit_requests').selectAll().execute();
  const answered = await ctx.db
    .selectFrom('audit_request_links')
    .select((eb) => ['request_id', eb.fn.countAll<number>().as('n')])
    .where('removed_at', 'is', null)
    .groupBy('request_id')
    .execute();
  const answersOf = new Map(answered.map((a) => [a.request_id, Number(a.n)]));
  const all = rows.map((row) => requestFromRow(row, answersOf.get(row.id) ?? 0, today)).sort((a, b) => byId.compare(a.id, b.id));
  const counts = { open: 0, overdue: 0, answered: 0, total: all.length };
  for (const request of all) counts[request.status]++;
  return { today, counts, requests: filter.status ? all.filter((r) => r.status === filter.status) : all };
}

/** One request with every link, removed ones included, in the order they were made. */
export async function loadAuditRequest(ctx: Pick<Context, 'db' | 'now'>, id: string): Promise<AuditRequestDetail> {
  const row = await ctx.db.selectFrom('audit_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `no audit request has the id "${id}"`, 'request');
  const links = await ctx.db
    .selectFrom('audit_request_links as l')
    .leftJoin('attachments as a', 'a.sha256', 'l.attachment_sha256')
    .leftJoin('evidence_events as e', 'e.seq', 'l.package_seq')
    .selectAll('l')
    .select(['a.content_type', 'a.size_bytes', 'e.recorded_at as package_recorded_at', 'e.data as package_data'])
    .where('l.request_id', '=', id)
    .orderBy('l.number')
    .execute();
  const answers = links.filter((link) => link.removed_at === null).length;
  return { ...requestFromRow(row, answers, (await todayIn(ctx)).toString()), links: links.map(linkFromRow) };
}

function requestFromRow(row: Selectable<AuditRequestTable>, answers: number, today: string): AuditRequest {
  return {
    id: row.id,
    control: controlReference(row.control_ref),
    description: row.description,
    dueOn: row.due_on,
    status: answers > 0 ? 'answered' : row.due_on < today ? 'overdue' : 'open',
    answers,
    addedAt: row.added_at,
    addedBy: row.added_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

type LinkRow = Selectable<AuditRequestLinkTable> & { content_type: string | null; size_bytes: number | null; package_recorded_at: string | null; package_data: string | null };

function linkFromRow(row: LinkRow): RequestLink {
  const population = row.kind === 'population' ? { kind: row.population as PopulationKind, from: row.from_on!, to: row.to_on! } : null;
  const sha256 = row.attachment_sha256;
  return {
    number: row.number,
    kind: row.kind as LinkKind,
    population,
    attachment: sha256 ? { sha256, fileName: row.file_name, contentType: row.content_type!, sizeBytes: Number(row.size_bytes) } : null,
    package: row.package_seq !== null ? { seq: Number(row.package_seq), recordedAt: row.package_recorded_at!, window: packageWindow(row.package_data!) } : null,
    note: row.note,
    href: population ? populationHref(population) : sha256 ? `/api/evidence/attachments/${sha256}` : null,
    linkedAt: row.linked_at,
    linkedBy: row.linked_by,
    removedAt: row.removed_at,
    removedBy: row.removed_by,
  };
}

/** The population's CSV over the window, as the exports API serves it. */
export function populationHref(population: { kind: PopulationKind; from: string; to: string }): string {
  return `/api/exports/populations/${population.kind}.csv?${new URLSearchParams({ from: population.from, to: population.to })}`;
}

/** The window an auditor package covers, as its event records it (src/exports/build-auditor-package.ts). */
function packageWindow(data: string): { from: string; to: string } | null {
  const window = (JSON.parse(data) as { window?: { from?: unknown; to?: unknown } }).window;
  return typeof window?.from === 'string' && typeof window.to === 'string' ? { from: window.from, to: window.to } : null;
}
