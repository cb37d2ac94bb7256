import { z } from 'zod';
import { dataClassifications, systemCategories } from './system.ts';

export const systemParams = z.object({ id: z.string().min(1).max(100) });

const fields = {
  name: z.string().max(100),
  category: z.enum(systemCategories),
  owner: z.string().max(200).describe('a person’s email, or a role such as "CTO"'),
  classification: z.enum(dataClassifications).describe('the highest class of data it holds, as the Data Classification Policy defines them'),
  inScope: z.boolean().describe('in the audit’s scope; default true'),
  ssoEnforced: z.boolean().describe('people can only sign in through the company’s identity provider; default false'),
  mfaEnforced: z.boolean().describe('every account needs a second factor; default false'),
  sessionTimeoutMinutes: z.number().int().nullable().describe('how long an idle session lasts; null when unknown or none'),
  defaultRole: z.string().max(100).nullable().describe('the least-privilege role a new hire gets ("member", "read-only")'),
};

export const addSystemBody = z.strictObject({
  ...fields,
  inScope: fields.inScope.optional(),
  ssoEnforced: fields.ssoEnforced.optional(),
  mfaEnforced: fields.mfaEnforced.optional(),
  sessionTimeoutMinutes: fields.sessionTimeoutMinutes.optional(),
  defaultRole: fields.defaultRole.optional(),
});

export const updateSystemBody = z.strictObject(fields).partial();

export const retireSystemBody = z.strictObject({ reason: z.string().max(500) });

export const system = z.object({
  ...fields,
  id: z.string().describe('the slug of the name when it was added; it stays when the name changes'),
  createdAt: z.string(),
  retiredAt: z.string().nullable().describe('retired systems stay for the record and leave the onboarding and offboarding checklists'),
  accountsFrom: z.string().describe('"import" when its accounts arrive as files, else the connector that pulls them ("github", "google-workspace")'),
});

export const systemList = z.object({ systems: z.array(system).describe('in use first, then retired; by name') });
