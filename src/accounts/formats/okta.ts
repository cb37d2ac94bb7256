import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountKind, AccountRecord, AccountStatus, SourceFile } from '../account-record.ts';
import { jsonListItems } from './json-entries.ts';
import { describe, JsonFields } from './json-fields.ts';
import { oktaExpected, OktaSideLists } from './okta-side-lists.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';

/**
 * Okta: the pages of GET /api/v1/users (JSON lists; the default list leaves out DEPROVISIONED users,
 * `search=status eq "DEPROVISIONED"` lists them), with what an export script saves of each user's
 * GET /api/v1/users/{id}/factors and /roles: one object per file, keyed by user id. MFA and admin
 * roles are not on the user object, so without those files MFA is unknown and nobody is an admin.
 */
export const okta: AccountFormat = {
  id: 'okta',
  label: 'Okta users with their factors and admin roles',
  files: 'users.json (the /api/v1/users pages), factors.json and roles.json ({"<user id>": [the /api/v1/users/<id>/factors or /roles list], ...})',
  detect: (head) => {
    const text = head.replace(/^\ufeff/, '');
    return (/^\s*\[/.test(text) && /"profile"\s*:/.test(text) && /"(lastLogin|statusChanged|passwordChanged)"\s*:/.test(text)) || /^\s*\{\s*"00u\w+"\s*:\s*\[/.test(text);
  },
  read,
};

const statuses: Record<string, AccountStatus> = {
  ACTIVE: 'active',
  PASSWORD_EXPIRED: 'active',
  LOCKED_OUT: 'active',
  RECOVERY: 'active',
  SUSPENDED: 'suspended',
  DEPROVISIONED: 'deprovisioned',
  STAGED: 'invited',
  PROVISIONED: 'invited',
};

async function* read(files: SourceFile[]): AsyncGenerator<AccountRecord> {
  const side = new OktaSideLists();
  const userFiles: SourceFile[] = [];
  for (const file of files) if (!(await side.read(file))) userFiles.push(file);
  if (userFiles.length === 0) throw invalidInput(`no users list among ${files.map((f) => f.name).join(', ')}: give the /api/v1/users pages (JSON lists) with the factors and roles`, files[0]?.name);
  const refuse = refuseDuplicates();
  for (const file of userFiles) {
    for await (const entry of jsonListItems(file, oktaExpected)) {
      const at = `${file.name} line ${entry.line}: [${entry.index}]`;
      const account = oktaUser(new JsonFields(entry.value, at, 'an Okta user'), side, { file: file.name, line: entry.line });
      refuse(account.externalId, file.name, entry.line, `${at}.id`);
      yield account;
    }
  }
}

function oktaUser(user: JsonFields, side: OktaSideLists, source: AccountRecord['source']): AccountRecord {
  const externalId = user.requiredString('id');
  const statusText = user.requiredString('status');
  const status = statuses[statusText];
  if (!status) throw invalidInput(`${describe(statusText)} is not an Okta user status (${Object.keys(statuses).join(', ')})`, user.where('status'));
  const profile = user.fields('profile', 'an Okta profile');
  if (!profile) throw invalidInput('missing', user.where('profile'));
  const lists = side.get(externalId);
  const roles = lists?.roles ?? [];
  const fullName = [profile.string('firstName'), profile.string('lastName')].filter(Boolean).join(' ');
  return {
    externalId,
    email: profile.email('email'),
    userName: profile.requiredString('login'),
    displayName: profile.string('displayName') ?? (fullName || null),
    roles,
    privileged: roles.length > 0,
    privilegeReason: roles.length > 0 ? `${roles.join(', ')} in the roles list` : null,
    mfa: lists?.mfa ?? null,
    lastActivityAt: user.time('lastLogin'),
    lastActivityKnown: user.has('lastLogin'),
    createdAt: user.time('created'),
    status,
    kind: kindOf(profile.string('userType')),
    credentialRotatedAt: user.time('passwordChanged'),
    oauthGrants: null,
    source,
  };
}

/** Okta has no account kinds of its own; an org that marks them does it in profile.userType ("Service account"). */
function kindOf(userType: string | null): AccountKind {
  const kind = /^\s*(service|bot|shared|guest)(\s+(account|user))?\s*$/i.exec(userType ?? '')?.[1]?.toLowerCase();
  return (kind as AccountKind | undefined) ?? 'human';
}
