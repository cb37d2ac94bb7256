import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountKind, AccountRecord } from '../account-record.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';
import { listResponseSchema, type ScimPage, type ScimResource, scimResources } from './scim2-pages.ts';
import { utcInstant } from './utc-instant.ts';

const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';
/** SCIM has no admin flag: a role, entitlement or group with one of these words in its name is taken as one. */
const privilegedName = /admin|owner|superuser/i;
/** SCIM's userType is free text ("Employee", "Contractor", "Service Account"); only these words change the kind. */
const kindByUserType: [RegExp, AccountKind][] = [[/service/i, 'service'], [/bot/i, 'bot'], [/guest|external/i, 'guest'], [/shared/i, 'shared']];

export const scim2: AccountFormat = {
  id: 'scim2',
  label: 'SCIM 2.0 users',
  files: 'the ListResponse JSON of GET /Users, one file per page',
  detect: (head) => head.includes(listResponseSchema) || (/"Resources"\s*:/.test(head) && head.includes(userSchema)),
  async *read(files) {
    const refuse = refuseDuplicates();
    const pages: ScimPage[] = [];
    for (const file of files) {
      const page: ScimPage = { file: file.name, schemas: [], totalResults: undefined, startIndex: undefined, resources: 0, hasResources: false, lines: new Map() };
      for await (const resource of scimResources(file, page)) {
        const account = accountOf(resource, file.name);
        refuse(account.externalId, file.name, account.source.line, resource.where('id'));
        yield account;
      }
      checkedPage(page);
      pages.push(page);
    }
    checkCoverage(pages);
  },
};

function checkedPage(page: ScimPage): void {
  const where = (attribute: string) => (page.lines.has(attribute) ? `${page.file} line ${page.lines.get(attribute)}: ${attribute}` : `${page.file}: ${attribute}`);
  if (!page.schemas.includes(listResponseSchema)) throw invalidInput(`${page.file} is not a SCIM ListResponse: its schemas do not include ${listResponseSchema}`, where('schemas'));
  for (const attribute of ['totalResults', 'startIndex'] as const) {
    const value = page[attribute];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) throw invalidInput('not a whole number', where(attribute));
  }
  if (!page.hasResources && page.totalResults !== 0) throw invalidInput(`${page.file} has no Resources array`, where('Resources'));
}

/** Pages of one list, in any order, must follow each other from startIndex 1 and add up to totalResults. */
function checkCoverage(pages: ScimPage[]): void {
  const [first, ...others] = pages.filter((p) => p.totalResults !== undefined);
  const total = first?.totalResults;
  const other = others.find((p) => p.totalResults !== total);
  if (other) throw invalidInput(`${other.file} says totalResults ${other.totalResults}, ${first!.file} says ${total}: the list changed between pages; export it again`, `${other.file} line ${other.lines.get('totalResults')}: totalResults`);
  if (pages.every((p) => p.startIndex !== undefined)) {
    // RFC 7644 reads a startIndex below 1 as 1.
    const start = (page: ScimPage) => Math.max(1, page.startIndex!);
    let next = 1;
    for (const page of pages.toSorted((a, b) => start(a) - start(b))) {
      const where = `${page.file} line ${page.lines.get('startIndex')}: startIndex`;
      if (start(page) > next) throw invalidInput(`${page.file} starts at user ${start(page)}: the page starting at ${next} is missing`, where);
      if (start(page) < next) throw invalidInput(`${page.file} starts at user ${start(page)}, inside the pages before it (up to ${next - 1}); give each page once`, where);
      next += page.resources;
    }
  }
  const read = pages.reduce((sum, p) => sum + p.resources, 0);
  if (total !== undefined && read !== total) throw invalidInput(`the pages hold ${read} of the ${total} users in totalResults: a page is missing`, `${first!.file} line ${first!.lines.get('totalResults')}: totalResults`);
}

function accountOf({ value, line, where }: ScimResource, file: string): AccountRecord {
  const user = value as Record<string, unknown>;
  const schemas = list(user.schemas);
  const meta = object(user.meta);
  if (schemas.length > 0 && !schemas.includes(userSchema)) throw invalidInput(`a ${text(meta.resourceType) ?? 'resource'} of schemas ${schemas.join(', ')}, not a User`, where('schemas'));
  const id = text(user.id);
  if (!id) throw invalidInput('missing; every SCIM resource has an id', where('id'));
  const userName = text(user.userName);
  const emails = list(user.emails).map(object);
  const email = text((emails.find((e) => e.primary === true) ?? emails[0])?.value) ?? (userName?.includes('@') ? userName : null);
  const name = object(user.name);
  const roles = values(user.roles);
  const privilege = [['roles', roles], ['entitlements', values(user.entitlements)], ['groups', values(user.groups, 'display')]] as const;
  const reason = privilege.flatMap(([attribute, names]) => names.filter((n) => privilegedName.test(n)).map((n) => `"${n}" in ${attribute}`))[0] ?? null;
  const userType = text(user.userType) ?? '';
  return {
    externalId: id,
    email: email?.toLowerCase() ?? null,
    userName,
    displayName: text(user.displayName) ?? text(name.formatted) ?? ([text(name.givenName), text(name.familyName)].filter(Boolean).join(' ') || null),
    roles,
    privileged: reason !== null,
    privilegeReason: reason,
    mfa: null,
    lastActivityAt: null,
    lastActivityKnown: false,
    createdAt: meta.created == null ? null : utcInstant(String(meta.created), where('meta.created')),
    status: activeOf(user.active, where('active')) ? 'active' : 'suspended',
    kind: kindByUserType.find(([pattern]) => pattern.test(userType))?.[1] ?? 'human',
    credentialRotatedAt: null,
    oauthGrants: null,
    source: { file, line },
  };
}

/** `active` is SCIM's only lifecycle flag; absent means the provider does not say, so the account counts as active. */
function activeOf(value: unknown, where: string): boolean {
  if (value === undefined || value === null || typeof value === 'boolean') return value !== false;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw invalidInput(`${JSON.stringify(value)} is not true or false`, where);
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
/** The names in a multi-valued attribute: [{ "value": "admin" }], [{ "display": "Tour Guides" }], or plain ["admin"]. */
const values = (value: unknown, prefer: 'value' | 'display' = 'value') =>
  list(value).flatMap((v) => text(v) ?? text(object(v)[prefer]) ?? text(object(v).value) ?? text(object(v).display) ?? []);
