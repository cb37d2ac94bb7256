import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountRecord, SourceFile } from '../account-record.ts';
import { jsonEntries, type MemberUse } from './json-entries.ts';
import { describe, JsonFields } from './json-fields.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';

const expected = 'a Google Workspace users.list page (JSON)';
/** What lastLoginTime says for a user who never signed in. */
const NEVER_SIGNED_IN = '1970-01-01T00:00:00.000Z';

/**
 * Google Workspace, Admin SDK Directory `users.list` (projection=full; showDeleted=true lists the
 * deleted users too). Several pages of one list are one import; the last page has no nextPageToken.
 */
export const googleWorkspace: AccountFormat = {
  id: 'google-workspace',
  label: 'Google Workspace users (Directory API users.list)',
  files: 'users.json: the users.list pages, {"kind": "admin#directory#users", "users": [...]}',
  detect: (head) => /"kind"\s*:\s*"admin#directory#users"/.test(head) || (/"users"\s*:\s*\[/.test(head) && /"primaryEmail"\s*:/.test(head)),
  read,
};

const use = (key: string): MemberUse => (key === 'users' ? 'list' : key === 'kind' || key === 'nextPageToken' ? 'value' : 'skip');

async function* read(files: SourceFile[]): AsyncGenerator<AccountRecord> {
  const refuse = refuseDuplicates();
  const continued: string[] = [];
  for (const file of files) {
    let isPage = false;
    for await (const entry of jsonEntries(file, expected, use)) {
      const at = `${file.name} line ${entry.line}`;
      if (entry.kind === 'member') {
        if (entry.key === 'nextPageToken') continued.push(file.name);
        else if (entry.value === 'admin#directory#users') isPage = true;
        else throw invalidInput(`${file.name} is not ${expected}: its kind is ${describe(entry.value)}`, `${at}: kind`);
      } else if (entry.list === null) {
        throw invalidInput(`${file.name} is a JSON list, not ${expected}`, at);
      } else {
        isPage = true;
        const account = googleUser(new JsonFields(entry.value, `${at}: users[${entry.index}]`, 'a Google Workspace user'), { file: file.name, line: entry.line });
        refuse(account.externalId, file.name, entry.line, `${at}: users[${entry.index}].id`);
        yield account;
      }
    }
    if (!isPage) throw invalidInput(`${file.name} is not ${expected}: it has no users list`, file.name);
  }
  if (continued.length > 0 && continued.length === files.length) throw invalidInput('every page has a nextPageToken, so the list goes on: add the pages up to the last one, which has none', continued.at(-1));
}

function googleUser(user: JsonFields, source: AccountRecord['source']): AccountRecord {
  const externalId = user.requiredString('id');
  const userName = user.requiredString('primaryEmail');
  const name = user.fields('name', 'a name');
  const isAdmin = user.boolean('isAdmin');
  const isDelegatedAdmin = user.boolean('isDelegatedAdmin');
  const lastLogin = user.time('lastLoginTime');
  const deleted = user.time('deletionTime') !== null;
  const suspended = user.boolean('suspended') || user.boolean('archived');
  return {
    externalId,
    email: user.email('primaryEmail'),
    userName,
    displayName: name?.string('fullName') ?? name?.string('displayName') ?? null,
    roles: [...(isAdmin ? ['super admin'] : []), ...(isDelegatedAdmin ? ['delegated admin'] : [])],
    privileged: Boolean(isAdmin || isDelegatedAdmin),
    privilegeReason: isAdmin ? 'isAdmin (super admin)' : isDelegatedAdmin ? 'isDelegatedAdmin (an admin role)' : null,
    mfa: user.boolean('isEnrolledIn2Sv'),
    lastActivityAt: lastLogin === NEVER_SIGNED_IN ? null : lastLogin,
    lastActivityKnown: lastLogin !== null,
    createdAt: user.time('creationTime'),
    status: deleted ? 'deprovisioned' : suspended ? 'suspended' : 'active',
    kind: user.boolean('isGuestUser') ? 'guest' : 'human',
    credentialRotatedAt: null,
    oauthGrants: null,
    source,
  };
}
