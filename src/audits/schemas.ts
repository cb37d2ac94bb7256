import { z } from 'zod';
import { dateFormats } from '../csv/written-date.ts';
import { populationKinds } from '../exports/population-kinds.ts';
import { linkKinds, requestStatuses } from './audit-request.ts';
import { MAX_REQUEST_FILE_BYTES } from './read-request-csv.ts';
import { requestFields } from './request-columns.ts';

const date = z.iso.date();
const requestId = z.string().min(1).max(100).describe("the auditor's id for the request, URL-encoded");
const count = z.number().int();

export const auditWindow = z.object({
  from: z.string().describe('the first day observed, YYYY-MM-DD in the workspace time zone'),
  to: z.string().describe('the last day observed, inclusive'),
  firm: z.string().nullable().describe('the audit firm or auditor'),
  setAt: z.string(),
  setBy: z.string(),
});
export const windowAnswer = z.object({ window: auditWindow.nullable().describe('null until an owner or admin sets it') });
export const windowBody = z.strictObject({
  from: date,
  to: date,
  firm: z.string().max(200).nullable().optional().describe('the audit firm or auditor; null or empty clears it, left out keeps it'),
});

const controlRef = z.object({
  text: z.string().describe('as the list writes it'),
  controls: z.array(z.object({ id: z.string(), title: z.string() })).describe('the Groundwork controls it names (AC-06)'),
  criteria: z.array(z.object({ id: z.string(), title: z.string() })).describe('the Trust Services Criteria it names (CC6.2)'),
});

export const auditRequest = z.object({
  id: z.string(),
  control: controlRef.nullable(),
  description: z.string(),
  dueOn: z.string(),
  status: z.enum(requestStatuses).describe('computed: answered once anything is linked; overdue after the due date in the workspace time zone; open until then'),
  answers: count.describe('links that answer it'),
  addedAt: z.string(),
  addedBy: z.string(),
  updatedAt: z.string().nullable().describe('when a re-imported list last changed it'),
  updatedBy: z.string().nullable(),
});

export const requestLink = z.object({
  number: count.describe('1, 2, 3 … in the request; never reused'),
  kind: z.enum(linkKinds),
  population: z.object({ kind: z.enum(populationKinds), from: z.string(), to: z.string() }).nullable(),
  attachment: z.object({ sha256: z.string(), fileName: z.string().nullable(), contentType: z.string(), sizeBytes: count }).nullable(),
  package: z
    .object({ seq: count, recordedAt: z.string(), window: z.object({ from: z.string(), to: z.string() }).nullable() })
    .nullable()
    .describe('the exports.package.created event of the auditor package, and the window it covers'),
  note: z.string().nullable(),
  href: z.string().nullable().describe('where the API serves it: the population CSV over its window, or the attachment'),
  linkedAt: z.string(),
  linkedBy: z.string(),
  removedAt: z.string().nullable().describe('unlinked: kept, no longer an answer'),
  removedBy: z.string().nullable(),
});
export const requestDetail = auditRequest.extend({ links: z.array(requestLink).describe('in the order they were made, removed ones included') });

export const requestListQuery = z.object({ status: z.enum(requestStatuses).optional() });
export const requestList = z.object({
  today: z.string().describe('the workspace date overdue is measured against'),
  counts: z.object({ open: count, overdue: count, answered: count, total: count }).describe('of every request, whatever the filter'),
  requests: z.array(auditRequest).describe('by id, numbers in order'),
});

export const requestParams = z.object({ id: requestId });
export const linkParams = z.object({ id: requestId, number: z.coerce.number().int().min(1) });

export const linkBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('population'),
    population: z.enum(populationKinds),
    from: date.optional().describe('without from and to: the audit window'),
    to: date.optional(),
  }),
  z.strictObject({ kind: z.literal('attachment'), sha256: z.string().max(64).describe('a stored attachment'), fileName: z.string().max(255).optional() }),
  z.strictObject({ kind: z.literal('file'), file: z.object({ name: z.string().min(1).max(255), contentBase64: z.string().max(14_000_000) }).describe('a new file, base64: stored as an attachment') }),
  z.strictObject({ kind: z.literal('package'), seq: z.number().int().min(1).describe('the seq of its exports.package.created event') }),
  z.strictObject({ kind: z.literal('note'), text: z.string().max(2000) }),
]);

const header = z.string().max(200).nullable().optional();
const mapping = z
  .strictObject({ id: header, control: header, description: header, dueOn: header })
  .describe("the file's own header for a field: { id: 'PBC #' }; null: the file has no column for it");
export const importBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  csv: z.string().describe(`the text of the request list, UTF-8, at most ${MAX_REQUEST_FILE_BYTES / 1024 / 1024} MB`),
  columns: mapping.optional(),
  dateFormat: z.enum(dateFormats).optional().describe('how dates like 03/04/2026 read; YYYY-MM-DD is always accepted'),
});
export const applyImportBody = importBody.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('the SHA-256 of the file as previewed') });

const field = z.enum(requestFields);
const column = z.object({ field, header: z.string() });
export const fileColumns = z.object({
  headers: z.array(z.string()).describe("the file's header row"),
  columns: z.array(column).describe('which column gives each field, by the mapping or by its name'),
  ignoredColumns: z.array(z.string()),
  missing: z.array(field).describe('required fields no column gives: map them'),
  ambiguous: z.array(z.object({ field, headers: z.array(z.string()) })).describe('fields several columns could give: map the one to use'),
});

const fields = { id: z.string(), control: z.string().nullable(), description: z.string(), dueOn: z.string() };
export const importResult = z.object({
  fileName: z.string(),
  sha256: z.string(),
  rows: count,
  columns: z.array(column),
  ignoredColumns: z.array(z.string()),
  new: z.array(z.object({ line: count, ...fields })),
  changed: z.array(z.object({ line: count, id: z.string(), changes: z.array(z.object({ field: z.enum(['control', 'description', 'dueOn']), from: z.string().nullable(), to: z.string().nullable() })) })).describe('answers are kept'),
  unchanged: z.array(z.object({ line: count, id: z.string() })),
  notInFile: z.array(z.object({ id: z.string(), description: z.string(), status: z.enum(requestStatuses) })).describe('imported before and not in this file: kept'),
});

export const columnList = z.object({
  columns: z.array(z.object({ field, headers: z.array(z.string()), required: z.boolean(), description: z.string() })),
});
