import { z } from 'zod';
import { personKinds } from './person-kind.ts';

const occurrence = z.object({
  obligationId: z.string(),
  dueOn: z.string(),
  dueAt: z.string(),
  status: z.enum(['upcoming', 'open', 'on_time', 'late', 'missed']),
  overdueDays: z.number().int().optional(),
  lateDays: z.number().int().optional(),
});

export const checklistItem = z.object({
  key: z.string(),
  phase: z.string(),
  title: z.string(),
  proof: z.enum(['confirmation', 'file', 'link']),
  confirmedBy: z.enum(['admin', 'manager', 'person']),
  system: z.object({ id: z.string(), name: z.string() }).nullable(),
  accessRole: z.string().nullable(),
  asset: z.object({ id: z.string(), tag: z.string(), kind: z.string() }).nullable(),
  dueOn: z.string().describe('the local date it should be done by'),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  effectiveAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomes: z.array(z.string()).describe('the answers it accepts; the first is the usual one'),
  link: z.string().nullable(),
  attachmentSha256: z.string().nullable(),
  note: z.string().nullable(),
  evidenceSeq: z.number().int().nullable(),
});

export const exception = z.object({ key: z.string(), rule: z.enum(['late', 'after-conversation', 'not-returned']), detail: z.string() });

export const checklist = z.object({
  id: z.string(),
  kind: z.enum(['onboarding', 'offboarding']),
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  engagement: z.object({ id: z.string(), kind: z.enum(personKinds), title: z.string().nullable(), startOn: z.string(), endOn: z.string().nullable(), managerId: z.string().nullable() }),
  startedAt: z.string(),
  startedBy: z.string(),
  terminatesAt: z.string().nullable(),
  reason: z.enum(['voluntary', 'involuntary', 'reduction-in-force', 'contract-end']).nullable(),
  conversationAt: z.string().nullable(),
  batchId: z.string().nullable(),
  deadline: occurrence.nullable().describe('offboarding: every access item is due by the end of the termination day'),
  items: z.array(checklistItem),
  done: z.number().int(),
  total: z.number().int(),
  completedAt: z.string().nullable(),
  exceptions: z.array(exception),
});

export const checklistList = z.object({ checklists: z.array(checklist) });
export const checklistParams = z.object({ id: z.string().min(1).max(100) });
export const itemParams = z.object({ id: z.string().min(1).max(100), key: z.string().min(1).max(100) });
export const personParams = z.object({ id: z.string().min(1).max(320) });

const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 time with an offset');
const date = z.iso.date();

export const onboardingBody = z.object({
  systems: z.array(z.object({ system: z.string().min(1), role: z.string().max(100).optional() })).max(200).optional().describe('the accounts to create; default: every in-scope system with a default role (none for time-bounded people)'),
});

export const offboardingBody = z.object({
  terminatesAt: instant,
  reason: z.enum(['voluntary', 'involuntary', 'contract-end']),
  conversationAt: instant.optional().describe('involuntary: when the person is told'),
});

export const reductionInForceBody = z.object({
  people: z.array(z.string().min(1)).min(1).max(1000).describe('ids or work emails'),
  terminatesAt: instant,
  conversationAt: instant.optional(),
});

export const completeItemBody = z.object({
  outcome: z.string().max(40).optional(),
  forwardUntil: date.optional(),
  link: z.string().max(2000).optional(),
  file: z.object({ name: z.string().min(1).max(255), contentBase64: z.string().max(14_000_000) }).optional().describe('the proof file, base64'),
  note: z.string().max(2000).optional(),
  effectiveAt: instant.optional(),
});

export const myItems = z.object({ items: z.array(z.object({ checklistId: z.string(), kind: z.enum(['onboarding', 'offboarding']), person: z.object({ name: z.string(), email: z.string() }), as: z.enum(['person', 'manager']), item: checklistItem })) });

export const reportQuery = z.object({
  last: z.coerce.number().int().optional().describe('the last N onboardings and offboardings'),
  from: date.optional(),
  to: date.optional(),
});

const reportRow = z.object({
  population: z.enum(['hire', 'leaver']),
  checklistId: z.string(),
  name: z.string(),
  email: z.string(),
  kind: z.string(),
  title: z.string().nullable(),
  date: z.string(),
  reason: z.string().nullable(),
  status: z.enum(['complete', 'open']),
  done: z.number().int(),
  total: z.number().int(),
  completedAt: z.string().nullable(),
  timing: z.string(),
  doneBy: z.array(z.string()),
  revoked: z.array(z.object({ system: z.string(), outcome: z.string(), at: z.string() })),
  returned: z.array(z.object({ asset: z.string(), outcome: z.string(), at: z.string() })),
  exceptions: z.array(exception),
});

export const peopleReport = z.object({
  scope: z.union([z.object({ last: z.number().int() }), z.object({ from: z.string(), to: z.string() })]),
  timeZone: z.string(),
  hires: z.array(reportRow),
  leavers: z.array(reportRow),
  missing: z.array(z.object({ population: z.enum(['hire', 'leaver']), name: z.string(), email: z.string(), kind: z.string(), date: z.string(), problem: z.string() })),
  completeness: z.string(),
});

const itemSpec = z.object({
  key: z.string().min(1).max(63),
  phase: z.string().min(1).max(40),
  title: z.string().min(1).max(200),
  proof: z.enum(['confirmation', 'file', 'link']),
  confirmedBy: z.enum(['admin', 'manager', 'person']),
});
export const templateParams = z.object({ kind: z.enum(['onboarding', 'offboarding']), personKind: z.enum(personKinds) });
export const checklistTemplateBody = z.object({ items: z.array(itemSpec).min(1).max(100) });
export const checklistTemplateResult = z.object({ items: z.array(itemSpec), edited: z.boolean().describe('false: the checklist Groundwork ships') });
