import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fixtureFile, generatedFile, headOf, readAccounts, readMeasured, textFile } from '../../../test/account-files.ts';
import type { AppError } from '../../errors.ts';
import { googleWorkspace } from './google-workspace.ts';

/** The verbatim recorded user (a users.get response) as the one user of a users.list page. */
const sampleUser = readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/accounts/google-workspace-users.sample.json'), 'utf8').trim();
const samplePage = `{\n  "kind": "admin#directory#users",\n  "etag": "\\"sample\\"",\n  "users": [\n${sampleUser}\n  ]\n}\n`;
const pages = [fixtureFile('google-workspace-users-page1.json'), fixtureFile('google-workspace-users-page2.json')];

const page = (users: object[], extra = {}) => JSON.stringify({ kind: 'admin#directory#users', users, ...extra }, null, 2);
const user = (fields: object = {}) => ({ id: '104362270019551022811', primaryEmail: 'maya@brightline.example', name: { fullName: 'Maya Chen' }, isAdmin: false, lastLoginTime: '2026-06-29T08:12:44.000Z', isEnrolledIn2Sv: true, ...fields });

async function refusal(files: Parameters<typeof googleWorkspace.read>[0]): Promise<AppError> {
  try {
    await readAccounts(googleWorkspace, files);
  } catch (error) {
    return error as AppError;
  }
  assert.fail('the files were read without an error');
}

describe('Google Workspace users.list', () => {
  test('is detected from a users.list page, and not from Okta or Entra exports', async () => {
    assert.equal(googleWorkspace.detect(samplePage, 'users.json'), true);
    assert.equal(googleWorkspace.detect(await headOf(pages[1]!), 'google-workspace-users-page2.json'), true);
    for (const other of ['okta-list-users.json', 'entra-users-signinactivity.json', 'entra-userRegistrationDetails.json']) {
      assert.equal(googleWorkspace.detect(await headOf(fixtureFile(other)), other), false, other);
    }
  });

  test('reads every field of the recorded user, who never signed in', async () => {
    const [account, ...rest] = await readAccounts(googleWorkspace, [textFile('users.json', samplePage)]);
    assert.equal(rest.length, 0);
    assert.deepEqual(account, {
      externalId: '116949259093507633648',
      email: 'azuread-provisioning@feeley.xyz',
      userName: 'azuread-provisioning@feeley.xyz',
      displayName: 'Microsoft Provisioning',
      roles: [],
      privileged: false,
      privilegeReason: null,
      mfa: false,
      lastActivityAt: null,
      lastActivityKnown: true,
      createdAt: '2025-06-09T15:48:16.000Z',
      status: 'active',
      kind: 'human',
      credentialRotatedAt: null,
      oauthGrants: null,
      source: { file: 'users.json', line: 5 },
    });
  });

  test('two pages of one list are one import: admins, 2SV, suspended, archived, deleted and guest users', async () => {
    const accounts = await readAccounts(googleWorkspace, pages);
    assert.deepEqual(
      accounts.map((a) => [a.email, a.roles, a.privilegeReason, a.mfa, a.lastActivityAt, a.lastActivityKnown, a.status, a.kind, `${a.source.file}:${a.source.line}`]),
      [
        ['maya.chen@brightline.example', ['super admin'], 'isAdmin (super admin)', true, '2026-06-29T08:12:44.000Z', true, 'active', 'human', 'google-workspace-users-page1.json:5'],
        ['lee@brightline.example', ['delegated admin'], 'isDelegatedAdmin (an admin role)', false, '2026-06-30T13:58:02.000Z', true, 'active', 'human', 'google-workspace-users-page1.json:22'],
        ['sam@brightline.example', [], null, true, '2026-03-31T17:40:00.000Z', true, 'suspended', 'human', 'google-workspace-users-page1.json:37'],
        ['olu@brightline.example', [], null, false, '2026-05-29T16:02:11.000Z', true, 'suspended', 'human', 'google-workspace-users-page2.json:5'],
        ['diego@brightline.example', [], null, true, '2026-06-12T11:30:00.000Z', true, 'deprovisioned', 'human', 'google-workspace-users-page2.json:20'],
        ['auditor@northwind-audit.example', [], null, false, null, true, 'active', 'guest', 'google-workspace-users-page2.json:35'],
        ['grace@brightline.example', [], null, null, null, false, 'active', 'human', 'google-workspace-users-page2.json:51'],
      ],
    );
    assert.equal(accounts[0]!.userName, 'Maya.Chen@brightline.example', 'the login keeps its case; the email is lower case');
    assert.ok(accounts.every((a) => a.privileged === a.roles.length > 0));
  });

  test('a page whose list goes on (nextPageToken) without its last page is refused: the list would be incomplete', async () => {
    const error = await refusal([pages[0]!]);
    assert.match(error.message, /nextPageToken, so the list goes on/);
    assert.equal(error.where, 'google-workspace-users-page1.json');
  });

  test('a page saved with a byte-order mark and Windows line ends reads the same', async () => {
    const [account] = await readAccounts(googleWorkspace, [textFile('users.json', `\ufeff${samplePage.replaceAll('\n', '\r\n')}`)]);
    assert.deepEqual([account!.externalId, account!.source.line], ['116949259093507633648', 5]);
  });

  test('an empty result page (no users key) reads as no users', async () => {
    assert.deepEqual(await readAccounts(googleWorkspace, [textFile('users.json', '{"kind": "admin#directory#users", "etag": "\\"x\\""}')]), []);
  });

  test('bad values are refused naming the file, line and field', async () => {
    const cases: [object, RegExp, string][] = [
      [user({ lastLoginTime: '2026-02-30T10:00:00.000Z' }), /not a calendar time/, 'users[0].lastLoginTime'],
      [user({ creationTime: '06/30/2026' }), /not an ISO 8601 time/, 'users[0].creationTime'],
      [user({ isAdmin: 'true' }), /"true" is not true or false/, 'users[0].isAdmin'],
      [user({ id: undefined }), /missing/, 'users[0].id'],
      [user({ primaryEmail: 'maya' }), /"maya" is not an email address/, 'users[0].primaryEmail'],
      [user({ name: 'Maya Chen' }), /"Maya Chen" is not a name/, 'users[0].name'],
    ];
    for (const [bad, message, field] of cases) {
      const error = await refusal([textFile('users.json', page([bad]))]);
      assert.equal(error.code, 'invalid_input');
      assert.match(error.message, message);
      assert.equal(error.where, `users.json line 4: ${field}`);
    }
    const notUser = await refusal([textFile('users.json', page(['maya@brightline.example' as unknown as object]))]);
    assert.equal(notUser.message, '"maya@brightline.example" is not a Google Workspace user');
  });

  test('the same user twice is refused, naming both places', async () => {
    const error = await refusal([pages[1]!, textFile('again.json', page([user({ id: '118273645501928374650' })]))]);
    assert.match(error.message, /118273645501928374650 is also on line 20 of google-workspace-users-page2\.json/);
    assert.equal(error.where, 'again.json line 4: users[0].id');
  });

  test('files that are not users.list pages are refused, naming the file', async () => {
    const cases: [string | Buffer, RegExp, string][] = [
      ['[{"id": "00u118oQYT4TBTemp0g4", "status": "ACTIVE"}]', /is a JSON list, not a Google Workspace users\.list page/, 'x.json line 1'],
      ['{"ok": true, "members": [{"id": "W012A3CDE"}]}', /has no users list/, 'x.json'],
      ['{"kind": "admin#directory#groups", "groups": []}', /its kind is "admin#directory#groups"/, 'x.json line 1: kind'],
      ['{"kind": "admin#directory#users", "users": {"id": "1"}}', /has a "users" that is not a list/, 'x.json line 1'],
      [page([user()]).slice(0, 200), /ends in the middle of its JSON: the file is cut short/, 'x.json line 10'],
      ['Email Address [Required],Status [READ ONLY]\nmaya@brightline.example,Active\n', /not valid JSON on line 1/, 'x.json line 1'],
      ['', /is empty/, 'x.json line 1'],
      [Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]), /binary file|not UTF-8/, 'x.json line 1'],
      [Buffer.from('{"kind": "admin#directory#users", "users": [{"id": "1", "primaryEmail": "jos\xe9@brightline.example"}]}', 'latin1'), /not UTF-8 text/, 'x.json line 1'],
    ];
    for (const [text, message, where] of cases) {
      const error = await refusal([textFile('x.json', text)]);
      assert.match(error.message, message, String(text).slice(0, 40));
      assert.equal(error.where, where, String(text).slice(0, 40));
    }
    const oneUser = await refusal([fixtureFile('google-workspace-users.sample.json')]);
    assert.equal(oneUser.message, 'google-workspace-users.sample.json is not a Google Workspace users.list page (JSON): its kind is "admin#directory#user"');
    assert.equal(oneUser.where, 'google-workspace-users.sample.json line 2: kind');
  });

  test('reads 200,000 users while the heap grows by less than 60 MB', async () => {
    const users = generatedFile(
      'users.json',
      '{\n  "kind": "admin#directory#users",\n  "users": [\n',
      (i) => JSON.stringify(user({ id: String(100000000000000000000n + BigInt(i)), primaryEmail: `person${i}@brightline.example`, isAdmin: i % 50 === 0 })),
      200_000,
      '\n  ]\n}\n',
    );
    const { count, heapGrowthMb } = await readMeasured(googleWorkspace, [users]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB`);
  });
});
