import { actorRef, type Context, inTransaction } from '../context.ts';
import { problemsError } from '../csv/problems-error.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { listAuditRequests, type RequestStatus } from './audit-request.ts';
import { type RequestFile, readRequestCsv, sha256Of } from './read-request-csv.ts';
import type { RequestField } from './request-columns.ts';

type Fields = { id: string; control: string | null; description: string; dueOn: string };
type Change = { field: Exclude<RequestField, 'id'>; from: string | null; to: string | null };

/** What importing a request list does, request by request; computing it writes nothing. */
export interface RequestImport {
  fileName: string;
  sha256: string;
  rows: number;
  columns: { field: RequestField; header: string }[];
  ignoredColumns: string[];
  new: (Fields & { line: number })[];
  /** The list's new wording or due date for a request already imported; its answers stay. */
  changed: { line: number; id: string; changes: Change[] }[];
  unchanged: { line: number; id: string }[];
  /** Imported before and not in this file: kept, with their answers. */
  notInFile: { id: string; description: string; status: RequestStatus }[];
}

/** What importing the list would do. Writes nothing. */
export async function previewRequestImport(ctx: Context, file: RequestFile): Promise<RequestImport> {
  return planRequestImport(ctx, file);
}

/**
 * Imports the auditor's request list that was previewed, named by its SHA-256: new requests are
 * added, requests already here take the list's description, control and due date, and keep their
 * answers; none is removed. One transaction and one evidence event with what changed; a file
 * that changes nothing writes nothing.
 */
export async function importRequests(ctx: Context, file: RequestFile & { sha256: string }): Promise<RequestImport> {
  const sha256 = sha256Of(file.csv);
  if (sha256 !== file.sha256) throw new AppError('conflict', `the file changed since the preview: ${file.fileName} has the SHA-256 ${sha256}, the preview was of ${file.sha256}; preview it again`, 'sha256');
  return inTransaction(ctx, async (tx) => {
    const plan = await planRequestImport(tx, file);
    if (plan.new.length + plan.changed.length === 0) return plan;
    const now = tx.now().toISOString();
    const by = actorRef(tx.actor);
    if (plan.new.length > 0) {
      await tx.db
        .insertInto('audit_requests')
        .values(plan.new.map((r) => ({ id: r.id, control_ref: r.control, description: r.description, due_on: r.dueOn, added_at: now, added_by: by, updated_at: null, updated_by: null })))
        .execute();
    }
    const column = { control: 'control_ref', description: 'description', dueOn: 'due_on' } as const;
    for (const { id, changes } of plan.changed) {
      const set = Object.fromEntries(changes.map((c) => [column[c.field], c.to]));
      await tx.db.updateTable('audit_requests').set({ ...set, updated_at: now, updated_by: by }).where('id', '=', id).execute();
    }
    await appendEvent(tx, {
      action: 'audits.requests.imported',
      subject: { type: 'audit_request_list', id: sha256 },
      data: {
        fileName: file.fileName,
        sha256,
        rows: plan.rows,
        columns: plan.columns,
        added: plan.new.map(({ line: _, ...request }) => request),
        changed: plan.changed.map(({ id, changes }) => ({ id, changes })),
        unchanged: plan.unchanged.length,
        notInFile: plan.notInFile.map((r) => r.id),
      },
    });
    return plan;
  });
}

async function planRequestImport(ctx: Context, file: RequestFile): Promise<RequestImport> {
  const csv = readRequestCsv(file);
  if (csv.problems.length > 0) throw problemsError(file.fileName, csv.problems);
  const stored = new Map((await listAuditRequests(ctx)).requests.map((r) => [r.id, r]));
  const plan: RequestImport = { fileName: file.fileName, sha256: csv.sha256, rows: csv.rows.length, columns: csv.columns, ignoredColumns: csv.ignoredColumns, new: [], changed: [], unchanged: [], notInFile: [] };
  // A file without a control column leaves each request's control as it is; a blank cell clears it.
  const fields = (['control', 'description', 'dueOn'] as const).filter((field) => field !== 'control' || csv.columns.some((c) => c.field === 'control'));
  for (const { line, id, control, description, dueOn } of csv.rows) {
    const found = stored.get(id);
    stored.delete(id);
    if (!found) {
      plan.new.push({ line, id, control, description, dueOn });
      continue;
    }
    const before = { control: found.control?.text ?? null, description: found.description, dueOn: found.dueOn };
    const after = { control, description, dueOn };
    const changes = fields.filter((field) => before[field] !== after[field]).map((field) => ({ field, from: before[field], to: after[field] }));
    if (changes.length > 0) plan.changed.push({ line, id, changes });
    else plan.unchanged.push({ line, id });
  }
  plan.notInFile = [...stored.values()].map((r) => ({ id: r.id, description: r.description, status: r.status }));
  return plan;
}
