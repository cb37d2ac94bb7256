import { z } from 'zod';
import { systemParams } from '../systems/schemas.ts';
import { accountFlagIds } from './account-flags.ts';
import { accountFormats } from './account-formats.ts';

export const systemAccountParams = systemParams.extend({ externalId: z.string().min(1).max(2048).describe("the system's own id for the account, URL-encoded") });

/** A query parameter given once or repeated (?flag=no_mfa&flag=dormant). */
const repeated = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).optional();

const flagFilters = {
  flag: repeated(z.enum(accountFlagIds)).describe('accounts carrying every flag given; repeat it for several'),
  search: z.string().max(200).optional().describe('part of the email, user name, display name, id or person’s name, any case'),
};

export const accountListQuery = z.object({
  ...flagFilters,
  snapshot: z.string().max(100).optional().describe('a snapshot id of the system; the one in force when left out'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(0).max(1000).default(100).describe('0 answers only the total and the counts'),
});

export const accountCsvQuery = z.object(flagFilters);

const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\\p{Cc}]+$/u, 'a file name, without folders or control characters');

export const importQuery = z.object({
  file: z.union([fileName, z.array(fileName).min(1).max(20)]).describe('the name of each file, in the order the body holds them; formats recognise some files by name ("2fa-disabled.json")'),
  bytes: repeated(z.coerce.number().int().min(0)).describe('the size of each file; the last may be left out, as it is the rest of the body'),
  format: z.enum(accountFormats.map((f) => f.id) as [string, ...string[]]).optional().describe('detected from the files when left out; naming it also accepts a change of format'),
  asOf: z.iso.datetime({ offset: true }).optional().describe('when the system’s list was taken (ISO 8601 with its offset); now when left out'),
});

/** The request body of an import, streamed by the route's own content-type parser; described here for the API's readers. */
export const importBody = z.unknown().meta({ type: 'string', format: 'binary', description: 'the files one after another, as they are on disk' });

export const mappingBody = z.strictObject({ person: z.string().trim().min(1).max(320).nullable().describe('the person’s work email, alias or id; null forgets the mapping') });

export const flagSettings = z.object({
  dormantAfterDays: z.number().int().describe('an account with no activity for this many days is dormant'),
  credentialMaxAgeDays: z.number().int().describe('an active key or token not rotated for this many days is stale'),
});
export const flagSettingsBody = z.strictObject({ dormantAfterDays: z.number().int().min(1).max(730).optional(), credentialMaxAgeDays: z.number().int().min(1).max(730).optional() });

export const accountSnapshot = z.object({
  id: z.string(),
  systemId: z.string(),
  number: z.number().int().describe('1, 2, 3 … per system; the newest is in force'),
  format: z.string(),
  asOf: z.string().describe('when the system’s list was taken'),
  importedAt: z.string(),
  importedBy: z.string(),
  sources: z.array(z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })).describe('the files or API pages read, with their SHA-256'),
  accounts: z.number().int(),
});
export const snapshotList = z.object({ snapshots: z.array(accountSnapshot).describe('newest first') });

const flagCounts = z.object(Object.fromEntries(accountFlagIds.map((id) => [id, z.number().int()])) as Record<(typeof accountFlagIds)[number], z.ZodNumber>);

export const account = z.object({
  externalId: z.string(),
  email: z.string().nullable(),
  userName: z.string().nullable(),
  displayName: z.string().nullable(),
  roles: z.array(z.string()),
  privileged: z.boolean(),
  privilegeReason: z.string().nullable(),
  mfa: z.boolean().nullable().describe('null when the export does not say'),
  lastActivityAt: z.string().nullable(),
  lastActivityKnown: z.boolean().describe('whether the export reports activity at all'),
  createdAt: z.string().nullable(),
  status: z.enum(['active', 'suspended', 'deprovisioned', 'invited']),
  kind: z.enum(['human', 'service', 'bot', 'shared', 'guest']),
  credentialRotatedAt: z.string().nullable(),
  oauthGrants: z.number().int().nullable(),
  source: z.object({ file: z.string(), line: z.number().int() }),
  person: z.object({ id: z.string(), name: z.string(), email: z.string(), status: z.string() }).nullable().describe('whose it is, as the directory says today; null for an orphan'),
  matchedBy: z.enum(['mapping', 'email', 'alias']).nullable(),
  flags: z.array(z.object({ id: z.enum(accountFlagIds), reason: z.string(), inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).describe('the fields the rule read') })),
});

export const accountList = z.object({
  snapshot: accountSnapshot,
  total: z.number().int().describe('accounts that pass the filters'),
  counts: flagCounts.describe('how many of them carry each flag'),
  accounts: z.array(account).describe('the page asked for, by display name'),
});

export const formatList = z.object({
  formats: z.array(z.object({ id: z.string(), label: z.string(), files: z.string().describe('the files one import of it takes') })),
  plainCsvColumns: z.array(z.object({ header: z.string(), required: z.string(), description: z.string() })),
});
