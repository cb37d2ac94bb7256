import { z } from 'zod';

const githubSettings = {
  organization: z.string().max(39).describe('the organisation’s login, as in github.com/<login>'),
  apiUrl: z.string().max(500).describe('https://api.github.com (the default), or a GitHub Enterprise Server’s https://<host>/api/v3'),
};

const googleSettings = {
  customer: z.string().max(64).describe('"my_customer" (the default: the service account’s own Workspace) or a customer id such as "C03ly86ew"'),
  adminEmail: z.string().max(320).describe('the administrator the service account acts as, by domain-wide delegation'),
  apiUrl: z.string().max(500).describe('https://admin.googleapis.com (the default)'),
};

export const setConnectorBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('github'),
    settings: z.strictObject({ ...githubSettings, apiUrl: githubSettings.apiUrl.optional() }),
    credential: z.string().max(500).describe('a token of an organisation owner with the read:org scope; stored encrypted, never sent back'),
  }),
  z.strictObject({
    kind: z.literal('google-workspace'),
    settings: z.strictObject({ ...googleSettings, customer: googleSettings.customer.optional(), apiUrl: googleSettings.apiUrl.optional() }),
    credential: z.string().max(20_000).describe('the service account’s JSON key file, as Google Cloud gives it; stored encrypted, never sent back'),
  }),
]);

const updated = { systemId: z.string(), updatedAt: z.string(), updatedBy: z.string().describe('who set it: "user:<email>" or "cli:<os user>"') };

export const connector = z.discriminatedUnion('kind', [
  z.object({ ...updated, kind: z.literal('github'), settings: z.object(githubSettings) }),
  z.object({ ...updated, kind: z.literal('google-workspace'), settings: z.object(googleSettings) }),
]);
