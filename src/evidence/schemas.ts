import { z } from 'zod';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const eventQuery = z.object({
  subjectType: z.string().min(1).optional(),
  subjectId: z.string().min(1).optional(),
  action: z.string().min(1).optional(),
  actor: z.string().min(1).optional(),
  from: localDate.optional().describe('effective on or after this date, in the workspace time zone'),
  to: localDate.optional().describe('effective on or before this date, in the workspace time zone'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional().describe('the nextBefore of the previous page'),
});

export const event = z.object({
  seq: z.number().int(),
  recordedAt: z.string(),
  effectiveAt: z.string(),
  actor: z.object({ type: z.enum(['user', 'system', 'cli', 'anonymous']), id: z.string() }),
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(z.string()),
  prevHash: z.string(),
  hash: z.string(),
});

export const eventPage = z.object({
  events: z.array(event),
  total: z.number().int(),
  nextBefore: z.number().int().nullable(),
});

export const verifyResult = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  checkpoints: z.number().int(),
  attachments: z.number().int(),
  lastSeq: z.number().int(),
  unsignedTail: z.number().int(),
  problem: z
    .object({
      seq: z.number().int(),
      kind: z.enum(['edited', 'deleted', 'inserted', 'reordered', 'missing-attachment', 'bad-signature', 'checkpoint-mismatch']),
      message: z.string(),
    })
    .optional(),
});

export const checkpoint = z.object({
  seq: z.number().int(),
  hash: z.string(),
  signedAt: z.string(),
  keyId: z.string(),
  signature: z.string(),
});
