import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureFile, generatedFile, headOf, readAccounts, readMeasured, textFile } from '../../../test/account-files.ts';
import type { AppError } from '../../errors.ts';
import type { AccountRecord, SourceFile } from '../account-record.ts';
import { slackUsers } from './slack-users.ts';

/** The recorded page says more pages follow (its next_cursor is set); the last page is ours. */
const recordedPage = fixtureFile('slack-users-list.json');
const lastPage = fixtureFile('slack-users-list-last-page.json');

const page = (members: object[], nextCursor = '') => `${JSON.stringify({ ok: true, members, cache_ts: 1751290000, response_metadata: { next_cursor: nextCursor } }, null, 2)}\n`;
const member = (fields: object = {}) => ({ id: 'W0B1TEST1', team_id: 'T012AB3C4', name: 'noor', deleted: false, real_name: 'Noor Haddad', profile: { real_name: 'Noor Haddad', email: 'noor@brightline.example' }, is_admin: false, is_bot: false, updated: 1751290000, ...fields });

async function refusal(files: SourceFile[]): Promise<AppError> {
  try {
    await readAccounts(slackUsers, files);
  } catch (error) {
    return error as AppError;
  }
  assert.fail('the files were read without an error');
}

describe('Slack users.list', () => {
  test('is detected from a users.list page, and not from other systems’ exports', async () => {
    assert.equal(slackUsers.detect(await headOf(recordedPage), recordedPage.name), true);
    assert.equal(slackUsers.detect(await headOf(lastPage), lastPage.name), true);
    for (const other of ['github-org-members.simple-user-items.json', 'okta-list-users.json', 'google-workspace-users-page1.json', 'entra-users-signinactivity.json']) {
      assert.equal(slackUsers.detect(await headOf(fixtureFile(other)), other), false, other);
    }
  });

  test('reads every field of the recorded members, with the last page that completes the list', async () => {
    const accounts = await readAccounts(slackUsers, [recordedPage, lastPage]);
    assert.equal(accounts.length, 10);
    assert.deepEqual(accounts[0], {
      externalId: 'W012A3CDE',
      email: 'spengler@ghostbusters.example.com',
      userName: 'spengler',
      displayName: 'Egon Spengler',
      roles: ['Workspace Admin'],
      privileged: true,
      privilegeReason: 'is_admin (Workspace Admin)',
      mfa: false,
      lastActivityAt: null,
      lastActivityKnown: false,
      createdAt: null,
      status: 'active',
      kind: 'human',
      credentialRotatedAt: null,
      oauthGrants: null,
      source: { file: 'slack-users-list.json', line: 4 },
    });
    assert.deepEqual(pick(accounts[1]!), { id: 'W07QCRPA4', email: 'glenda@south.oz.coven', displayName: 'Glinda Southgood', roles: ['Workspace Admin'], privileged: true, mfa: false, status: 'active', kind: 'human' });
  });

  test('owners, deactivated members, guests, invitations, bots, Slackbot and Enterprise Grid admins', async () => {
    const accounts = new Map((await readAccounts(slackUsers, [recordedPage, lastPage])).map((a) => [a.userName, a]));
    assert.deepEqual(pick(accounts.get('maya')!), {
      id: 'W0A1MAYA1', email: 'maya.chen@brightline.example', displayName: 'Maya Chen', roles: ['Workspace Primary Owner', 'Workspace Owner', 'Workspace Admin'], privileged: true, mfa: true, status: 'active', kind: 'human',
    });
    assert.equal(accounts.get('maya')!.privilegeReason, 'is_primary_owner (Workspace Primary Owner)');
    assert.deepEqual(pick(accounts.get('sam.okafor')!), { id: 'W0A2SAM02', email: 'sam@brightline.example', displayName: 'Sam Okafor', roles: [], privileged: false, mfa: false, status: 'deprovisioned', kind: 'human' });
    assert.deepEqual(pick(accounts.get('lena.vogel')!), { id: 'W0A3GUEST', email: 'lena@agency.example', displayName: 'Lena Vogel', roles: ['Multi-Channel Guest'], privileged: false, mfa: false, status: 'active', kind: 'guest' });
    assert.deepEqual(pick(accounts.get('ravi.auditor')!), { id: 'W0A4GUEST', email: 'ravi@audit.example', displayName: 'Ravi Patel', roles: ['Single-Channel Guest'], privileged: false, mfa: false, status: 'active', kind: 'guest' });
    assert.deepEqual(pick(accounts.get('jordan')!), { id: 'W0A5NEWBY', email: 'jordan@brightline.example', displayName: 'Jordan Reyes', roles: [], privileged: false, mfa: null, status: 'invited', kind: 'human' });
    assert.deepEqual(pick(accounts.get('deploybot')!), { id: 'W0A6DPLOY', email: null, displayName: 'Deploy Bot', roles: [], privileged: false, mfa: null, status: 'active', kind: 'bot' });
    assert.deepEqual(pick(accounts.get('slackbot')!), { id: 'USLACKBOT', email: null, displayName: 'Slackbot', roles: [], privileged: false, mfa: null, status: 'active', kind: 'bot' });
    // An app user is a person who authorised the exporting app, not a bot; SMS is still a second factor.
    assert.deepEqual(pick(accounts.get('alex')!), { id: 'W0A7ALEXG', email: 'alex@brightline.example', displayName: 'Alex Kim', roles: ['Org Admin'], privileged: true, mfa: true, status: 'active', kind: 'human' });
    assert.equal(accounts.get('alex')!.privilegeReason, 'enterprise_user.is_admin (Org Admin)');
  });

  test('without an admin token there is no has_2fa, so MFA is unknown rather than off', async () => {
    const [account] = await readAccounts(slackUsers, [textFile('users.json', page([member()]))]);
    assert.equal(account?.mfa, null);
    assert.equal(account?.displayName, 'Noor Haddad');
  });

  test('a list whose every page has a next_cursor is refused as incomplete', async () => {
    const error = await refusal([recordedPage]);
    assert.match(error.message, /every page has a next_cursor/);
    assert.equal(error.where, 'slack-users-list.json');
  });

  test('each kind of bad input is refused with the file, line and field', async () => {
    const cases: [SourceFile[], RegExp, string][] = [
      [[textFile('users.json', '{"ok":false,"error":"invalid_auth"}')], /users\.json is Slack's answer to a failed call, not a list of members \(error: "invalid_auth"\)/, 'users.json line 1: ok'],
      [[fixtureFile('github-org-members.simple-user-items.json')], /is a JSON list, not a Slack users\.list response/, 'github-org-members.simple-user-items.json line 2: [0]'],
      [[fixtureFile('google-workspace-users-page1.json')], /is not a Slack users\.list response \(JSON\): it has no members list/, 'google-workspace-users-page1.json'],
      [[textFile('users.json', page([member(), member({ id: 'W0B1TEST2' })]).slice(0, 400))], /users\.json ends in the middle of its JSON/, 'users.json line 20'],
      [[textFile('users.json', Buffer.from('{"ok":true,"members":[{"id":"W1","name":"Ren\xe9e"}]}', 'latin1'))], /not UTF-8/, 'users.json line 1'],
      [[textFile('users.json', Buffer.from('SQLite format 3\0\x10\0\x02\x02', 'latin1'))], /binary/, 'users.json line 1'],
      [[textFile('users.json', page([member(), member({ id: 42 })]))], /42 is not text/, 'users.json line 18: members[1].id'],
      [[textFile('users.json', page([member(), member({ deleted: 'yes' })]))], /"yes" is not true or false/, 'users.json line 18: members[1].deleted'],
      [[textFile('users.json', page([member({ profile: { email: 'noor at brightline' } })]))], /"noor at brightline" is not an email address/, 'users.json line 4: members[0].profile.email'],
      [[textFile('page-1.json', page([member()], 'dXNlcjpXMEIxVEVTVDI=')), textFile('page-2.json', page([member({ name: 'noor.h' })]))], /the account W0B1TEST1 is also on line 4 of page-1\.json/, 'page-2.json line 4: members[0].id'],
    ];
    for (const [files, message, where] of cases) {
      const error = await refusal(files);
      assert.equal(error.code, 'invalid_input', where);
      assert.match(error.message, message);
      assert.equal(error.where, where);
    }
  });

  test('200,000 members stream through without holding the list', async () => {
    const item = (i: number) => JSON.stringify(member({ id: `W${String(i).padStart(8, '0')}`, name: `member.${i}`, profile: { real_name: `Member ${i}`, email: `member.${i}@brightline.example` } }));
    const users = generatedFile('users.json', '{"ok":true,"members":[\n', item, 200_000, '\n],"response_metadata":{"next_cursor":""}}\n');
    const { count, heapGrowthMb } = await readMeasured(slackUsers, [users]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB`);
  });
});

function pick(account: AccountRecord) {
  const { externalId: id, email, displayName, roles, privileged, mfa, status, kind } = account;
  return { id, email, displayName, roles, privileged, mfa, status, kind };
}
