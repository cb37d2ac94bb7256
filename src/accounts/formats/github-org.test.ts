import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureFile, generatedFile, headOf, readAccounts, readMeasured, textFile } from '../../../test/account-files.ts';
import type { AccountRecord, SourceFile } from '../account-record.ts';
import type { AppError } from '../../errors.ts';
import { githubOrg } from './github-org.ts';

const sample = {
  members: fixtureFile('github-org-members.simple-user-items.json'),
  adminMembership: fixtureFile('github-org-membership.admin.json'),
  credentials: fixtureFile('github-credential-authorizations.json'),
  patGrants: fixtureFile('github-org-pat-grants.json'),
};
const brightline = {
  page1: fixtureFile('github-members-page-1.json'),
  page2: fixtureFile('github-members-page-2.json'),
  admins: fixtureFile('github-admins.json'),
  without2fa: fixtureFile('github-2fa-disabled.json'),
  invitation: fixtureFile('github-membership-pending.json'),
  patGrants: fixtureFile('github-pat-grants.json'),
};

const user = (login: string, id: number, extra: object = {}) => ({ login, id, node_id: `U_${id}`, type: 'User', site_admin: false, ...extra });
const list = (...items: object[]) => `${JSON.stringify(items, null, 2)}\n`;

async function refusal(files: SourceFile[]): Promise<AppError> {
  try {
    await readAccounts(githubOrg, files);
  } catch (error) {
    return error as AppError;
  }
  assert.fail('the files were read without an error');
}

const byLogin = (accounts: AccountRecord[]) => new Map(accounts.map((a) => [a.userName, a]));

describe('GitHub organisation members', () => {
  test('is detected from each of its lists, and not from other systems’ exports', async () => {
    for (const file of [...Object.values(sample), brightline.invitation]) assert.equal(githubOrg.detect(await headOf(file), file.name), true, file.name);
    for (const other of ['slack-users-list.json', 'okta-list-users.json', 'okta-list-user-roles.json', 'google-workspace-users-page1.json', 'entra-users-signinactivity.json']) {
      assert.equal(githubOrg.detect(await headOf(fixtureFile(other)), other), false, other);
    }
  });

  test('reads every field of the recorded member; the members list alone says nothing of roles, 2FA or activity', async () => {
    assert.deepEqual(await readAccounts(githubOrg, [sample.members]), [
      {
        externalId: '1',
        email: null,
        userName: 'octocat',
        displayName: null,
        roles: [],
        privileged: false,
        privilegeReason: null,
        mfa: null,
        lastActivityAt: null,
        lastActivityKnown: false,
        createdAt: null,
        status: 'active',
        kind: 'human',
        credentialRotatedAt: null,
        oauthGrants: null,
        source: { file: 'github-org-members.simple-user-items.json', line: 2 },
      },
    ]);
  });

  test('the recorded admin membership, SAML authorizations and token grant make octocat a privileged member with four standing credentials', async () => {
    const files = [sample.members, sample.adminMembership, sample.patGrants, textFile('credentials.json', list(...JSON.parse(await text(sample.credentials)).filter((c: { login: string }) => c.login === 'octocat')))];
    const [octocat] = await readAccounts(githubOrg, files);
    assert.deepEqual(octocat?.roles, ['admin']);
    assert.equal(octocat?.privilegeReason, 'membership role=admin (github-org-membership.admin.json)');
    assert.equal(octocat?.oauthGrants, 4);
    assert.equal(octocat?.credentialRotatedAt, '2011-01-26T19:06:43.000Z');
  });

  test('members pages, the admin and 2FA-disabled lists, an invitation, SAML authorizations and token grants are one import', async () => {
    const files = [brightline.admins, brightline.page1, sample.credentials, brightline.without2fa, brightline.page2, brightline.invitation, brightline.patGrants];
    const accounts = await readAccounts(githubOrg, files);
    assert.deepEqual(accounts.map((a) => a.userName), ['octocat', 'hubot', 'maya-chen', 'renovate[bot]', 'sam-okafor', 'jordan-reyes']);
    const all = byLogin(accounts);
    assert.deepEqual(all.get('maya-chen'), {
      externalId: '51000101',
      email: 'maya.chen@brightline.example',
      userName: 'maya-chen',
      displayName: 'Maya Chen',
      roles: ['admin'],
      privileged: true,
      privilegeReason: 'role=admin in admins list (github-admins.json)',
      mfa: true,
      lastActivityAt: null,
      lastActivityKnown: false,
      createdAt: null,
      status: 'active',
      kind: 'human',
      credentialRotatedAt: '2026-01-12T17:30:00.000Z',
      oauthGrants: 1,
      source: { file: 'github-members-page-1.json', line: 26 },
    });
    assert.deepEqual(pick(all.get('hubot')), { roles: ['member'], privileged: false, mfa: true, oauthGrants: 2, credentialRotatedAt: '2019-03-29T19:06:43.000Z', status: 'active', kind: 'human' });
    assert.deepEqual(pick(all.get('octocat')), { roles: ['admin'], privileged: true, mfa: true, oauthGrants: 3, credentialRotatedAt: '2011-01-26T19:06:43.000Z', status: 'active', kind: 'human' });
    assert.deepEqual(pick(all.get('sam-okafor')), { roles: ['member'], privileged: false, mfa: false, oauthGrants: 0, credentialRotatedAt: null, status: 'active', kind: 'human' });
    assert.deepEqual(pick(all.get('renovate[bot]')), { roles: ['member'], privileged: false, mfa: true, oauthGrants: 0, credentialRotatedAt: null, status: 'active', kind: 'bot' });
    assert.deepEqual(pick(all.get('jordan-reyes')), { roles: ['member'], privileged: false, mfa: true, oauthGrants: 0, credentialRotatedAt: null, status: 'invited', kind: 'human' });
    assert.deepEqual(all.get('jordan-reyes')?.source, { file: 'github-membership-pending.json', line: 3 });
  });

  test('an empty 2FA-disabled list means every member has 2FA; an empty admin list, that none is an owner', async () => {
    const accounts = await readAccounts(githubOrg, [brightline.page2, textFile('2fa_disabled.json', '[]\n'), textFile('members-role-admin.json', '[]')]);
    assert.deepEqual(accounts.map((a) => [a.userName, a.mfa, a.privileged, a.roles]), [
      ['renovate[bot]', true, false, ['member']],
      ['sam-okafor', true, false, ['member']],
    ]);
  });

  test('each kind of bad input is refused with the file, line and field', async () => {
    const cases: [SourceFile[], RegExp, string][] = [
      [[textFile('members.json', await text(fixtureFile('slack-users-list.json')))], /members\.json is an object without a role, state or user/, 'members.json'],
      [[textFile('members.json', list({ id: 'U1', profile: {} }))], /members\.json is not a GitHub organisation list/, 'members.json line 2: [0]'],
      [[textFile('members.json', list(user('maya', 7)).slice(0, 60))], /members\.json ends in the middle of its JSON/, 'members.json line 5'],
      [[textFile('members.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))], /binary/, 'members.json line 1'],
      [[textFile('members.json', list(user('maya', 7), { ...user('sam', 8), id: '8' }))], /"8" is not a GitHub user id/, 'members.json line 9: [1].id'],
      [[brightline.page1, textFile('members-2.json', list(user('sam', 8), user('maya-chen', 51000101)))], /the account 51000101 is also on line 26 of github-members-page-1\.json/, 'members-2.json line 9: [1].id'],
      [[brightline.page1, textFile('creds.json', list({ login: 'hubot', credential_id: 9, credential_type: 'SSH key', credential_authorized_at: '26/01/2011', credential_accessed_at: null }))], /"26\/01\/2011" is not an ISO 8601 time/, 'creds.json line 2: [0].credential_authorized_at'],
      [[brightline.page1, textFile('admins.json', list(user('octocat', 1), user('octocat', 1)))], /octocat is listed twice: also at admins\.json line 2: \[0\]/, 'admins.json line 9: [1]'],
      [[brightline.page1, textFile('admins.json', list(user('ghost', 10137)))], /ghost is in admins\.json but not in the members list/, 'admins.json line 2: [0]'],
      [[brightline.page1, textFile('members-2fa_insecure.json', '[]')], /2fa_insecure list/, 'members-2fa_insecure.json'],
      [[brightline.admins, brightline.without2fa], /none of github-admins\.json, github-2fa-disabled\.json is the members list/, 'github-admins.json'],
    ];
    for (const [files, message, where] of cases) {
      const error = await refusal(files);
      assert.equal(error.code, 'invalid_input', where);
      assert.match(error.message, message);
      assert.equal(error.where, where);
    }
  });

  test('200,000 members stream through without holding the list', async () => {
    const members = generatedFile('members.json', '[\n', (i) => JSON.stringify(user(`member-${i}`, 10_000_000 + i)), 200_000, '\n]\n');
    const admins = textFile('admins.json', list(user('member-7', 10_000_007)));
    const { count, heapGrowthMb } = await readMeasured(githubOrg, [members, admins]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB`);
  });
});

function pick(account: AccountRecord | undefined) {
  const { roles, privileged, mfa, oauthGrants, credentialRotatedAt, status, kind } = account!;
  return { roles, privileged, mfa, oauthGrants, credentialRotatedAt, status, kind };
}

async function text(file: SourceFile): Promise<string> {
  let all = '';
  for await (const chunk of file.open()) all += chunk.toString();
  return all;
}
