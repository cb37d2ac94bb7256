import { z } from 'zod';
import { MAX_LISTED_DATES } from './create-obligation.ts';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const subject = z.object({ type: z.string().trim().min(1).max(100), id: z.string().trim().min(1).max(200) });

// The durations' own rules (calendar units, no time part, not zero) are checked by the use case,
// whose errors name the field and say what is wrong.
const cadence = z.union([
  z.strictObject({ every: z.string().describe('ISO 8601 duration in calendar units: P3M (quarterly), P1Y, P2W, P1M15D') }),
  z.strictObject({ dates: z.array(localDate).min(1).max(MAX_LISTED_DATES).describe('due dates, strictly increasing, after the anchor') }),
]);

export const obligationParams = z.object({ id: z.string().min(1).max(200) });

export const createObligationBody = z.object({
  id: z.string().trim().min(1).max(200).optional().describe('a stable key such as "access-review:aws"; a UUID when omitted'),
  title: z.string().trim().min(1).max(200),
  owner: z.string().trim().min(1).max(320).describe('a role or an email'),
  subject: subject.optional(),
  cadence,
  anchorOn: localDate.describe('occurrence k is due on anchor + k × cadence, in the workspace time zone'),
  grace: z.string().optional().describe('ISO 8601 duration in weeks and days; default P0D'),
});

export const occurrenceQuery = z.object({
  from: localDate.describe('due on or after this date'),
  to: localDate.describe('due on or before this date'),
});

export const completeOccurrenceBody = z.object({
  dueOn: localDate.optional().describe('the occurrence completed; default: the one whose window holds effectiveAt'),
  effectiveAt: z.iso.datetime({ offset: true }).optional().describe('when the work was done; default now'),
  proofSeq: z.number().int().min(1).optional().describe('the seq of the evidence event that proves the work'),
  note: z.string().max(2000).optional(),
});

export const obligation = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  subject: subject.nullable(),
  cadence,
  anchorOn: z.string(),
  grace: z.string(),
  createdAt: z.string(),
  retiredOn: z.string().nullable(),
});

export const occurrence = z.object({
  obligationId: z.string(),
  index: z.number().int(),
  dueOn: z.string(),
  opensAt: z.string(),
  dueAt: z.string().describe('the end of the due date: the instant the next local day starts'),
  graceEndsAt: z.string(),
  status: z.enum(['upcoming', 'open', 'on_time', 'late', 'missed']),
  overdueDays: z.number().int().optional(),
  lateDays: z.number().int().optional(),
  completion: z
    .object({ effectiveAt: z.string(), recordedAt: z.string(), evidenceSeq: z.number().int(), note: z.string().nullable() })
    .nullable(),
});

export const obligationList = z.object({
  obligations: z.array(
    obligation.extend({
      nextDue: occurrence.nullable(),
      counts: z.object({ on_time: z.number().int(), late: z.number().int(), missed: z.number().int(), open: z.number().int() }),
    }),
  ),
});

export const occurrenceList = z.object({ occurrences: z.array(occurrence) });

export const dueList = z.object({
  due: z.array(z.object({ obligation: obligation.pick({ id: true, title: true, owner: true, subject: true }), occurrence })),
});
