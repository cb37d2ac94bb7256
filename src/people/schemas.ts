import { z } from 'zod';
import { dateFormats } from '../csv/written-date.ts';
import { personKinds } from './person-kind.ts';

const statuses = ['pre-hire', 'active', 'offboarding', 'departed'] as const;
const email = z.string().trim().min(3).max(320);
const date = z.iso.date();
const text = z.string().trim().max(200);

const progress = z.object({ id: z.string(), startedAt: z.string(), done: z.number().int(), total: z.number().int() });
export const engagement = z.object({
  id: z.string(),
  kind: z.enum(personKinds),
  title: z.string().nullable(),
  department: z.string().nullable(),
  manager: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  status: z.enum(statuses).describe('computed: pre-hire before the start date, offboarding until its last item is done, then departed'),
  pastEndDate: z.boolean().describe('still active after the end date: the offboarding is overdue'),
  onboarding: progress.nullable(),
  offboarding: progress.extend({ terminatesAt: z.string(), reason: z.string() }).nullable(),
});

export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  aliases: z.array(z.string()),
  createdAt: z.string(),
  current: engagement.describe('the newest engagement'),
});
export const personDetail = personSummary.extend({ engagements: z.array(engagement).describe('oldest first; someone who returned has one per engagement') });
export const personList = z.object({ people: z.array(personSummary) });
export const listQuery = z.object({ status: z.enum(statuses).optional() });

const engagementFields = {
  kind: z.enum(personKinds),
  title: text.nullable().optional(),
  department: text.nullable().optional(),
  manager: email.nullable().optional().describe("the manager's work email; they must be in the directory"),
  startOn: date,
  endOn: date.nullable().optional().describe('required for contractors and short-term help'),
  aliases: z.array(email).max(20).optional().describe('other addresses their accounts use'),
};
export const addPersonBody = z.strictObject({ name: text.min(1), email, ...engagementFields });
export const updatePersonBody = addPersonBody.partial().describe('only the fields to change; null clears one');
export const rehireBody = z.strictObject({ name: text.min(1).optional(), ...engagementFields });

export const importBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  csv: z.string().describe('the text of the HR export, UTF-8, at most 5 MB'),
  dateFormat: z.enum(dateFormats).optional().describe('how dates like 03/04/2026 read; YYYY-MM-DD is always accepted'),
  ignoreUnknownColumns: z.boolean().optional().describe('skip columns the import does not read instead of refusing the file'),
});
export const applyImportBody = importBody.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('the SHA-256 of the file as previewed') });

const fields = z.object({
  name: z.string(),
  email: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(personKinds),
  title: z.string().nullable(),
  department: z.string().nullable(),
  manager: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  line: z.number().int(),
});
const value = z.union([z.string(), z.array(z.string()), z.null()]);
const who = { line: z.number().int(), personId: z.string(), name: z.string(), email: z.string() };
export const importPreview = z.object({
  fileName: z.string(),
  sha256: z.string(),
  rows: z.number().int(),
  columns: z.array(z.object({ header: z.string(), field: z.string() })),
  ignoredColumns: z.array(z.string()),
  new: z.array(fields).describe('not in the directory: added'),
  changed: z.array(z.object({ ...who, changes: z.array(z.object({ field: z.string(), from: value, to: value })) })),
  unchanged: z.array(z.object(who)),
  returning: z.array(fields.extend({ personId: z.string(), leftOn: z.string() })).describe('departed and back: a new engagement, onboarded from zero'),
  left: z.array(z.object({ ...who, personId: z.string().nullable(), endOn: z.string() })).describe("gone by the file's own end date: not imported"),
  missing: z.array(z.object({ personId: z.string(), name: z.string(), email: z.string(), kind: z.string(), status: z.string(), startOn: z.string(), endOn: z.string().nullable() })).describe('active or pre-hire but not in the file: never offboarded by the import'),
  notes: z.array(z.string()),
});
export const hrColumnList = z.object({
  columns: z.array(z.object({ field: z.string(), headers: z.array(z.string()), required: z.string(), description: z.string() })),
  kinds: z.record(z.enum(personKinds), z.array(z.string())),
});
