import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountRecord, SourceFile } from '../account-record.ts';
import { type GithubList, githubListNamed, githubListOf, type GithubMemberFacts, GithubSideLists, type GithubUser, githubUser } from './github-org-lists.ts';
import { jsonEntries, type MemberUse } from './json-entries.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';

const expected = 'a GitHub organisation list (JSON)';
const membershipKeys = new Set(['role', 'state', 'user']);

/**
 * A GitHub organisation from its REST API lists. The members list says who is in the organisation
 * but not who is an owner or has 2FA: those are the lists a member appears on. None of them says
 * when a member was last active, so no account here is "never used" (a token's last use is not:
 * web sessions leave no trace in these lists). A member's standing credentials are its SAML
 * authorizations and unexpired fine-grained token grants; the oldest grant time stands for the
 * credential's age, as GitHub does not say when a token was made.
 */
export const githubOrg: AccountFormat = {
  id: 'github-org',
  label: 'GitHub organisation members (REST API)',
  files:
    'members.json (GET /orgs/{org}/members, a file per page) and, where you have them, admins.json (?role=admin), ' +
    '2fa-disabled.json (?filter=2fa_disabled), membership objects (GET /orgs/{org}/memberships/{username}), ' +
    'credential-authorizations.json (SAML SSO) and personal-access-tokens.json (fine-grained token grants). ' +
    'Memberships, credential authorizations and token grants are told by their fields; the three member lists look alike, ' +
    'so a file named with "2fa" is the 2FA-disabled list, one with "admin" or "owner" the owners, and any other the members',
  detect: (head) => /"login"\s*:/.test(head) && /"(node_id|credential_authorized_at|organization_url)"\s*:/.test(head),
  read,
};

async function* read(files: SourceFile[]): AsyncGenerator<AccountRecord> {
  const side = new GithubSideLists();
  const memberFiles: SourceFile[] = [];
  for (const file of files) if ((await readSideList(file, side)) === 'members') memberFiles.push(file);
  if (memberFiles.length === 0) throw invalidInput(`none of ${files.map((f) => f.name).join(', ')} is the members list (GET /orgs/{org}/members)`, files[0]?.name);

  const refuse = refuseDuplicates();
  for (const file of memberFiles) {
    for await (const entry of jsonEntries(file, expected, () => 'skip')) {
      if (entry.kind !== 'item') continue;
      const at = `${file.name} line ${entry.line}: [${entry.index}]`;
      const user = githubUser(entry.value, at);
      refuse(user.id, file.name, entry.line, `${at}.id`);
      yield githubAccount(user, side.take(user), { file: file.name, line: entry.line });
    }
  }
  for (const invitation of side.invitations()) {
    refuse(invitation.user.id, invitation.file, invitation.line, `${invitation.at}.user.id`);
    yield githubAccount(invitation.user, side.take(invitation.user), { file: invitation.file, line: invitation.line });
  }
  side.refuseLeftovers();
}

/**
 * Reads a file's first item to learn which list it is. A side list is read whole into `side`; a
 * members list is left for later (it streams once every side list is known), and so is said.
 */
async function readSideList(file: SourceFile, side: GithubSideLists): Promise<GithubList> {
  let list: GithubList | null = null;
  const top = { isObject: false, line: 1, fields: {} as Record<string, unknown> };
  const use = (key: string): MemberUse => {
    top.isObject = true;
    return membershipKeys.has(key) ? 'value' : 'skip';
  };
  for await (const entry of jsonEntries(file, expected, use)) {
    if (entry.kind === 'member') {
      if (Object.keys(top.fields).length === 0) top.line = entry.line;
      top.fields[entry.key] = entry.value;
      continue;
    }
    const at = `${file.name} line ${entry.line}: [${entry.index}]`;
    list ??= githubListOf(entry.value, file.name, at);
    if (list === 'members') return list;
    side.add(list, entry.value, { file: file.name, line: entry.line, at });
  }
  if (top.isObject) {
    if (Object.keys(top.fields).length === 0) throw invalidInput(`${file.name} is an object without a role, state or user: not ${expected}`, file.name);
    side.add('memberships', top.fields, { file: file.name, line: top.line, at: `${file.name} line ${top.line}: membership` });
    return 'memberships';
  }
  list ??= githubListNamed(file.name);
  side.given(list);
  return list;
}

function githubAccount(user: GithubUser, facts: GithubMemberFacts, source: AccountRecord['source']): AccountRecord {
  return {
    externalId: user.id,
    email: user.email,
    userName: user.login,
    displayName: user.name,
    roles: facts.roles,
    privileged: facts.privilegeReason !== null,
    privilegeReason: facts.privilegeReason,
    mfa: facts.mfa,
    lastActivityAt: null,
    lastActivityKnown: false,
    createdAt: null,
    status: facts.invited ? 'invited' : 'active',
    kind: user.bot ? 'bot' : 'human',
    credentialRotatedAt: facts.credentialRotatedAt,
    oauthGrants: facts.oauthGrants,
    source,
  };
}
