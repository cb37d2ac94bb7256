import { z } from 'zod';
import { personKinds } from '../people/person-kind.ts';
import { templateVariables } from './template-variables.ts';

const variableName = z.enum(Object.keys(templateVariables) as [keyof typeof templateVariables, ...(keyof typeof templateVariables)[]]);

export const templateSummary = z.object({
  id: z.string(),
  kind: z.enum(['policy', 'orientation']),
  title: z.string(),
  owner: z.enum(['owner', 'admin']).nullable(),
  review: z.string().nullable().describe('ISO 8601 duration: P1Y'),
  tier: z.enum(['day-one', 'later']).nullable().describe('day-one: the five policies that govern day-one decisions'),
  appliesTo: z.array(z.enum(personKinds)),
  criteria: z.array(z.object({ id: z.string(), title: z.string() })),
  procedure: z.string().nullable(),
  evidence: z.string().nullable(),
  variables: z.array(z.object({ name: variableName, label: z.string(), suggestion: z.string() })),
});

export const templateList = z.object({ templates: z.array(templateSummary) });

export const templateParams = z.object({ id: z.string().min(1).max(100) });

export const templatePreview = templateSummary.extend({
  markdown: z.string().describe('the text with the workspace name and the suggested values filled in'),
  html: z.string().describe('the same, rendered; raw HTML in the text is shown as text'),
});

const versionStatus = z.enum(['draft', 'in_review', 'approved', 'published', 'superseded']);

export const versionMeta = z.object({
  version: z.number().int(),
  status: versionStatus,
  sha256: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  selfApproved: z.boolean().describe('the author approved their own text: allowed, and shown'),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  material: z.boolean().nullable().describe('set at publication: whether everyone acknowledges this version again'),
});

export const versionWithText = versionMeta.extend({ text: z.string(), html: z.string().describe('rendered; raw HTML in the text is shown as text') });

export const policySummary = z.object({
  id: z.string(),
  kind: z.enum(['policy', 'procedure', 'orientation']),
  title: z.string(),
  templateId: z.string().nullable(),
  parentId: z.string().nullable().describe('a procedure: the policy it carries out'),
  ownerRole: z.string(),
  appliesTo: z.array(z.string()),
  criteria: z.array(z.string()),
  procedure: z.string().nullable(),
  evidence: z.string().nullable(),
  reviewObligationId: z.string().nullable(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
  status: z.enum(['retired', 'draft', 'in_review', 'approved', 'published', 'superseded']),
  published: versionMeta.nullable(),
  latest: versionMeta,
  review: z
    .object({ dueOn: z.string(), status: z.enum(['upcoming', 'open', 'missed']), overdueDays: z.number().int().nullable() })
    .nullable()
    .describe('the earliest yearly review not done; null before the first publication'),
});

export const acknowledgementSummary = z.object({
  people: z.number().int().describe('people joining or here to whom at least one policy in force applies'),
  complete: z.number().int().describe('of them, those who acknowledged everything that applies to them'),
  percent: z.number().int().nullable().describe('complete of people, rounded down; null while nothing applies to anyone'),
  policies: z.array(z.object({ policyId: z.string(), owed: z.number().int(), acknowledged: z.number().int() })),
});
export const policyList = z.object({ policies: z.array(policySummary), acknowledgements: acknowledgementSummary });
export const policyDetail = policySummary.extend({
  versions: z.array(versionMeta),
  latestText: versionWithText,
  procedureDocument: z.object({ id: z.string(), title: z.string(), status: policySummary.shape.status }).nullable().describe('a policy: its procedure, once written'),
});
export const procedureBody = z.strictObject({ text: z.string().max(200_000).describe('Markdown: the steps, who does them, and where the records go') });

export const policyParams = z.object({ id: z.string().min(1).max(100) });
export const versionParams = policyParams.extend({ version: z.coerce.number().int().min(1) });

export const adoptBody = z.strictObject({
  templateId: z.string().min(1).max(100),
  values: z.partialRecord(variableName, z.string().max(500)).describe('the blanks of the template: company name, retention periods …'),
});
export const writeVersionBody = z.strictObject({
  basedOn: z.number().int().min(1).describe('the version you opened; refused if a newer one was saved since'),
  text: z.string().max(200_000).describe('Markdown, at most 100 KB'),
});
export const approveBody = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('the SHA-256 of the text you read') });
export const publishBody = z.strictObject({ material: z.boolean().optional().describe('required for a new version of a published policy') });
export const reviewBody = z.strictObject({ changed: z.boolean(), note: z.string().max(2000).optional() });
export const retireBody = z.strictObject({ reason: z.string().min(1).max(500) });
export const diffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const diffResult = z.object({ lines: z.array(z.object({ change: z.enum(['added', 'removed', 'same']), text: z.string() })) });

const via = z.enum(['session', 'link']);
export const acknowledgementRow = z.object({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  kind: z.enum(personKinds),
  engagement: z.enum(['pre-hire', 'active']),
  policyId: z.string(),
  title: z.string(),
  policyKind: z.enum(['policy', 'orientation']),
  requiredVersion: z.number().int().describe('the newest material version: acknowledging it or a later one counts'),
  inForceVersion: z.number().int(),
  status: z.enum(['acknowledged', 'outstanding']),
  acknowledgedVersion: z.number().int().nullable().describe('the newest version this person acknowledged, even one that no longer counts'),
  acknowledgedAt: z.string().nullable(),
  via: via.nullable(),
});
export const acknowledgementRows = z.object({ rows: z.array(acknowledgementRow) });
export const acknowledgementQuery = z.object({
  policy: z.string().min(1).max(100).optional().describe('one policy only'),
  outstanding: z.enum(['true', 'false']).optional().describe('true: only what is not acknowledged yet'),
});

export const acknowledgement = z.object({ personId: z.string(), policyId: z.string(), version: z.number().int(), sha256: z.string(), acknowledgedAt: z.string(), via });
export const acknowledgeBody = z.strictObject({
  policyId: z.string().min(1).max(100),
  version: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('the SHA-256 of the text read'),
});
export const acknowledgeManyBody = z.strictObject({ acknowledgements: z.array(acknowledgeBody).min(1).max(50) });

export const policyToRead = z.object({
  policyId: z.string(),
  title: z.string(),
  kind: z.enum(['policy', 'orientation']),
  version: z.number().int(),
  sha256: z.string(),
  html: z.string().describe('rendered; raw HTML in the text is shown as text'),
  previousVersion: z.number().int().nullable().describe('acknowledged before, in a version a material change since no longer counts'),
});
export const myAcknowledgements = z.object({
  person: z.object({ id: z.string(), name: z.string(), email: z.string(), kind: z.enum(personKinds) }).nullable().describe('null: this user is not in the people directory'),
  outstanding: z.array(policyToRead),
  acknowledged: z.array(z.object({ policyId: z.string(), title: z.string(), version: z.number().int(), acknowledgedAt: z.string(), via })),
});

export const linkBody = z.strictObject({ person: z.string().min(1).max(320).describe('work email, alias or directory id') });
export const createdLink = z.object({ url: z.string().describe('shown once: the server keeps only its SHA-256'), expiresAt: z.string(), person: z.object({ id: z.string(), name: z.string(), email: z.string() }) });
export const linkParams = z.object({ token: z.string().min(1).max(200) });
export const linkView = z.object({ workspace: z.string(), person: z.object({ name: z.string() }), expiresAt: z.string(), outstanding: z.array(policyToRead) });
