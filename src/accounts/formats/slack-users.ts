import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountKind, AccountRecord, AccountStatus, SourceFile } from '../account-record.ts';
import { jsonEntries, type MemberUse } from './json-entries.ts';
import { describe, JsonFields } from './json-fields.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';

const expected = 'a Slack users.list response (JSON)';

/** Slack's admin flags, the most powerful first, with the role names its admin pages use. */
const adminFlags: [on: 'user' | 'enterprise_user', flag: string, role: string][] = [
  ['enterprise_user', 'is_primary_owner', 'Org Primary Owner'],
  ['enterprise_user', 'is_owner', 'Org Owner'],
  ['enterprise_user', 'is_admin', 'Org Admin'],
  ['user', 'is_primary_owner', 'Workspace Primary Owner'],
  ['user', 'is_owner', 'Workspace Owner'],
  ['user', 'is_admin', 'Workspace Admin'],
];

/**
 * Slack `users.list`: every member of the workspace, with the deactivated ones (`deleted`), guests,
 * bots and invitations. It never says when someone last signed in (`updated` is when the profile
 * last changed), and `has_2fa` is there only when an admin's token made the export.
 */
export const slackUsers: AccountFormat = {
  id: 'slack-users',
  label: 'Slack members (users.list)',
  files: 'users.json: the users.list pages, {"ok": true, "members": [...], "response_metadata": {"next_cursor": ...}}',
  detect: (head) => /"members"\s*:\s*\[/.test(head) && /"(ok|team_id|is_bot|is_restricted)"\s*:/.test(head),
  read,
};

async function* read(files: SourceFile[]): AsyncGenerator<AccountRecord> {
  const refuse = refuseDuplicates();
  const continued: string[] = [];
  for (const file of files) {
    const envelope: Record<string, { value: unknown; at: string }> = {};
    let listed = false;
    const use = (key: string): MemberUse => {
      if (key === 'members') listed = true;
      return key === 'members' ? 'list' : key === 'ok' || key === 'error' || key === 'response_metadata' ? 'value' : 'skip';
    };
    for await (const entry of jsonEntries(file, expected, use)) {
      if (entry.kind === 'member') {
        envelope[entry.key] = { value: entry.value, at: `${file.name} line ${entry.line}: ${entry.key}` };
        continue;
      }
      const at = `${file.name} line ${entry.line}: ${entry.list ?? ''}[${entry.index}]`;
      if (entry.list === null) throw invalidInput(`${file.name} is a JSON list, not ${expected}`, at);
      const account = slackAccount(new JsonFields(entry.value, at, 'a Slack user'), { file: file.name, line: entry.line });
      refuse(account.externalId, file.name, entry.line, `${at}.id`);
      yield account;
    }
    const { ok, error, response_metadata: metadata } = envelope;
    if (ok?.value === false) throw invalidInput(`${file.name} is Slack's answer to a failed call, not a list of members (error: ${describe(error?.value ?? null)})`, ok.at);
    if (!listed) throw invalidInput(`${file.name} is not ${expected}: it has no members list`, file.name);
    if (metadata && new JsonFields(metadata.value, metadata.at, 'the response metadata').string('next_cursor')) continued.push(file.name);
  }
  if (continued.length > 0 && continued.length === files.length) {
    throw invalidInput('every page has a next_cursor, so the list goes on: add the pages up to the last one, whose next_cursor is ""', continued.at(-1));
  }
}

function slackAccount(user: JsonFields, source: AccountRecord['source']): AccountRecord {
  const profile = user.fields('profile', 'a Slack profile');
  const enterprise = user.fields('enterprise_user', 'a Slack Enterprise Grid user');
  const admin = adminFlags.filter(([on, flag]) => (on === 'user' ? user : enterprise)?.boolean(flag));
  const guest = user.boolean('is_ultra_restricted') ? 'Single-Channel Guest' : user.boolean('is_restricted') ? 'Multi-Channel Guest' : null;
  const [strongest] = admin;
  return {
    externalId: user.requiredString('id'),
    email: profile?.email('email') ?? null,
    userName: user.string('name'),
    displayName: profile?.string('real_name') || user.string('real_name') || null,
    roles: [...admin.map(([, , role]) => role), ...(guest ? [guest] : [])],
    privileged: strongest !== undefined,
    privilegeReason: strongest ? `${strongest[0] === 'user' ? '' : 'enterprise_user.'}${strongest[1]} (${strongest[2]})` : null,
    mfa: user.boolean('has_2fa'),
    lastActivityAt: null,
    lastActivityKnown: false,
    createdAt: null,
    status: slackStatus(user),
    kind: slackKind(user, guest !== null),
    credentialRotatedAt: null,
    oauthGrants: null,
    source,
  };
}

function slackStatus(user: JsonFields): AccountStatus {
  if (user.boolean('deleted')) return 'deprovisioned';
  return user.boolean('is_invited_user') ? 'invited' : 'active';
}

/**
 * `is_app_user` is not a bot: Slack sets it on people who have authorised the app whose token made
 * the export, so it says nothing about what kind of account this is.
 */
function slackKind(user: JsonFields, guest: boolean): AccountKind {
  if (user.boolean('is_bot') || user.boolean('is_workflow_bot') || user.boolean('is_connector_bot') || user.string('id') === 'USLACKBOT') return 'bot';
  return guest ? 'guest' : 'human';
}
