import { z } from 'zod';
import { coreMarks } from '../controls/control.ts';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const count = z.number().int();

export const controlView = z.object({
  id: z.string(),
  title: z.string(),
  statement: z.string(),
  criteria: z.array(z.string()),
  policyId: z.string(),
  frequency: z.string().describe('"quarterly", "at each leaver", "continuous"'),
  evidence: z.string().describe('where its evidence comes from'),
  manual: z.boolean().describe('Groundwork keeps no record of it: evidence is attached'),
  core: z.enum(coreMarks).nullable(),
});

const check = z.object({ ok: z.boolean(), summary: z.string(), next: z.string().optional() });
const score = z.object({ met: count, total: count, percent: count });
const gap = z.object({ controlId: z.string(), title: z.string(), core: z.enum(coreMarks).nullable(), problem: z.string(), next: z.string() });

export const type1Query = z.object({ asOf: localDate.optional().describe('the date it is computed at; today when left out') });
export const type2Query = z.object({ from: localDate.optional(), to: localDate.optional() }).describe('the audit window, or the twelve months to today, when left out');
export const historyQuery = z.object({ months: z.coerce.number().int().min(1).max(36).default(12) });

export const type1Report = z.object({
  type: z.literal(1),
  asOf: z.string(),
  timeZone: z.string(),
  score,
  controls: z.array(z.object({ control: controlView, designed: check, inPlace: check, ready: z.boolean() })),
  gaps: z.array(gap),
});

const operationItem = z.object({
  ref: z.string(),
  date: z.string(),
  label: z.string(),
  result: z.enum(['ok', 'late', 'failed', 'open']),
  detail: z.string(),
  exception: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});

export const type2Report = z.object({
  type: z.literal(2),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  score,
  controls: z.array(
    z.object({
      control: controlView,
      basis: z.enum(['occurrences', 'population', 'standing', 'attachments']),
      selection: z.string(),
      items: z.array(operationItem),
      counts: z.object({ expected: count, ok: count, late: count, failed: count, open: count, excepted: count }),
      consistent: z.boolean(),
      next: z.string().optional(),
    }),
  ),
  gaps: z.array(gap),
});

export const scoreHistory = z.object({ points: z.array(score.extend({ date: z.string() })) });

export const controlParams = z.object({ id: z.string().min(1).max(20) });

export const attachEvidenceBody = z.strictObject({
  file: z.object({ name: z.string().min(1).max(255), contentBase64: z.string().max(14_000_000) }).describe('the evidence file, base64'),
  note: z.string().max(1000).optional(),
  effectiveAt: z.iso.datetime({ offset: true }).optional().describe('when the evidenced work was done, if earlier than now'),
});

export const recordExceptionBody = z.strictObject({
  ref: z.string().min(1).max(500).describe('the item of the Type 2 report it explains'),
  reason: z.string().min(1).max(2000),
});

export const controlRecord = z.object({ controlId: z.string(), seq: count, sha256: z.string().optional(), ref: z.string().optional() });

export const controlCatalog = z.object({
  controls: z.array(controlView),
  criteria: z.array(z.object({ id: z.string(), title: z.string(), controls: z.array(z.string()) })),
  uncovered: z.array(z.object({ id: z.string(), title: z.string(), reason: z.string().nullable() })),
});
