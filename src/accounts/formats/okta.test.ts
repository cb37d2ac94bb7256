import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fixtureFile, generatedFile, headOf, readAccounts, readMeasured, textFile } from '../../../test/account-files.ts';
import type { AppError } from '../../errors.ts';
import type { SourceFile } from '../account-record.ts';
import { okta } from './okta.ts';

const verbatim = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/accounts', name), 'utf8').trim();
/** What an export script saves of the verbatim /factors and /roles examples, given as Alice's. */
const alice = '00u118oQYT4TBTemp0g4';
const sampleFactors = textFile('factors.json', `{"${alice}": ${verbatim('okta-list-factors.json')}}`);
const sampleRoles = textFile('roles.json', `{"${alice}": ${verbatim('okta-list-user-roles.json')}}`);
const brightline = ['okta-users-page1.json', 'okta-users-page2.json', 'okta-factors.json', 'okta-roles.json'].map(fixtureFile);

const user = (fields: object = {}, profile: object = {}) => ({ id: '00u1maya7Hq2Xw9Lr0g4', status: 'ACTIVE', created: '2025-01-06T09:00:00.000Z', lastLogin: '2026-06-30T07:45:12.000Z', passwordChanged: null, profile: { login: 'maya@brightline.example', email: 'maya@brightline.example', ...profile }, ...fields });
const users = (...list: object[]) => textFile('users.json', JSON.stringify(list, null, 2));

async function refusal(files: SourceFile[]): Promise<AppError> {
  try {
    await readAccounts(okta, files);
  } catch (error) {
    return error as AppError;
  }
  assert.fail('the files were read without an error');
}

describe('Okta users with factors and roles', () => {
  test('is detected from a users page and from factors and roles files, and not from Google or Entra exports', async () => {
    for (const file of [fixtureFile('okta-list-users.json'), ...brightline, sampleFactors, sampleRoles]) assert.equal(okta.detect(await headOf(file), file.name), true, file.name);
    for (const name of ['google-workspace-users-page1.json', 'entra-users-signinactivity.json', 'entra-userRegistrationDetails.json']) {
      assert.equal(okta.detect(await headOf(fixtureFile(name)), name), false, name);
    }
  });

  test('reads every field of the verbatim user, with the verbatim factors and roles lists as theirs', async () => {
    const [account, ...rest] = await readAccounts(okta, [fixtureFile('okta-list-users.json'), sampleFactors, sampleRoles]);
    assert.equal(rest.length, 0);
    assert.deepEqual(account, {
      externalId: alice,
      email: 'alice.smith@example.com',
      userName: 'alice.smith@example.com',
      displayName: 'Alice Smith',
      roles: ['APP_ADMIN', 'HELP_DESK_ADMIN', 'ORG_ADMIN', 'API_ACCESS_MANAGEMENT_ADMIN'],
      privileged: true,
      privilegeReason: 'APP_ADMIN, HELP_DESK_ADMIN, ORG_ADMIN, API_ACCESS_MANAGEMENT_ADMIN in the roles list',
      mfa: true,
      lastActivityAt: '2022-05-04T19:50:52.000Z',
      lastActivityKnown: true,
      createdAt: '2022-04-04T15:56:05.000Z',
      status: 'active',
      kind: 'human',
      credentialRotatedAt: '2022-04-04T16:00:22.000Z',
      oauthGrants: null,
      source: { file: 'okta-list-users.json', line: 2 },
    });
  });

  test('without factors and roles files, MFA is unknown and nobody is an admin', async () => {
    const [account] = await readAccounts(okta, [fixtureFile('okta-list-users.json')]);
    assert.deepEqual([account!.mfa, account!.privileged, account!.roles], [null, false, []]);
  });

  test('statuses, never signed in, factors that are not a second factor, service accounts and custom roles', async () => {
    const accounts = await readAccounts(okta, brightline);
    assert.deepEqual(
      accounts.map((a) => [a.email, a.status, a.lastActivityAt, a.mfa, a.roles, a.kind, a.credentialRotatedAt, `${a.source.file}:${a.source.line}`]),
      [
        ['maya.chen@brightline.example', 'active', '2026-06-30T07:45:12.000Z', true, ['SUPER_ADMIN'], 'human', '2026-04-02T08:00:00.000Z', 'okta-users-page1.json:1'],
        ['lee@brightline.example', 'active', '2026-06-18T16:20:00.000Z', false, [], 'human', '2025-12-20T10:00:00.000Z', 'okta-users-page1.json:1'],
        ['sam@brightline.example', 'suspended', '2026-03-31T17:40:00.000Z', false, [], 'human', '2025-05-01T08:31:00.000Z', 'okta-users-page1.json:1'],
        ['olu@brightline.example', 'deprovisioned', '2026-05-29T16:02:11.000Z', null, [], 'human', '2026-03-02T08:21:00.000Z', 'okta-users-page1.json:1'],
        ['grace@brightline.example', 'invited', null, false, [], 'human', null, 'okta-users-page2.json:2'],
        ['priya@brightline.example', 'invited', null, false, [], 'human', null, 'okta-users-page2.json:35'],
        ['ci-deploy@brightline.example', 'active', '2026-06-28T03:00:00.000Z', false, [], 'service', '2025-02-01T08:05:00.000Z', 'okta-users-page2.json:68'],
        ['diego@alvarez.dev', 'active', '2026-06-24T11:30:00.000Z', true, ['Deploy Pipeline Admin', 'HELP_DESK_ADMIN'], 'human', '2026-02-02T08:11:00.000Z', 'okta-users-page2.json:102'],
      ],
    );
    assert.equal(accounts[0]!.privilegeReason, 'SUPER_ADMIN in the roles list');
    assert.equal(accounts[0]!.userName, 'Maya.Chen@brightline.example');
    assert.ok(accounts.filter((a) => a.lastActivityAt === null).every((a) => a.lastActivityKnown), 'lastLogin null is "never", not "unknown"');
  });

  test('a factors or roles file whose lists are all empty is told by its name', async () => {
    const noRoles = `{"${alice}": []}`;
    const [account] = await readAccounts(okta, [fixtureFile('okta-list-users.json'), textFile('okta-factors.json', noRoles), textFile('okta-roles.json', noRoles)]);
    assert.deepEqual([account!.mfa, account!.privileged], [false, false]);
    const error = await refusal([fixtureFile('okta-list-users.json'), textFile('extra.json', noRoles)]);
    assert.match(error.message, /every list in extra\.json is empty, so it does not say whether it lists factors or roles/);
    assert.equal(error.where, 'extra.json');
  });

  test('bad values are refused naming the file, line and field', async () => {
    const cases: [SourceFile[], RegExp, string][] = [
      [[users(user({ status: 'ENABLED' }))], /"ENABLED" is not an Okta user status \(ACTIVE, PASSWORD_EXPIRED/, 'users.json line 2: [0].status'],
      [[users(user({ lastLogin: '2026-06-31T07:45:12.000Z' }))], /not a calendar time/, 'users.json line 2: [0].lastLogin'],
      [[users(user({ created: 1751270400000 }))], /1751270400000 is not text/, 'users.json line 2: [0].created'],
      [[users(user({ profile: undefined }))], /missing/, 'users.json line 2: [0].profile'],
      [[users(user({}, { login: '' }))], /empty/, 'users.json line 2: [0].profile.login'],
      [[users(user({}, { email: 'maya at brightline' }))], /is not an email address/, 'users.json line 2: [0].profile.email'],
      [[users(user()), textFile('factors.json', '{\n"00u1maya7Hq2Xw9Lr0g4": [{"id": "f1", "status": "ACTIVE"}]\n}')], /neither a factor \(it has no factorType\) nor an admin role/, 'factors.json line 2: 00u1maya7Hq2Xw9Lr0g4[0]'],
      [[users(user()), textFile('factors.json', '{\n"00u1maya7Hq2Xw9Lr0g4": [{"factorType": "sms", "status": "ACTIVE"}, {"id": "r1", "type": "ORG_ADMIN"}]\n}')], /missing/, 'factors.json line 2: 00u1maya7Hq2Xw9Lr0g4[1].factorType'],
      [[users(user()), textFile('roles.json', '{\n"00u1maya7Hq2Xw9Lr0g4": {"type": "ORG_ADMIN"}\n}')], /00u1maya7Hq2Xw9Lr0g4 holds an object, not a user's list of factors or roles/, 'roles.json line 2: 00u1maya7Hq2Xw9Lr0g4'],
    ];
    for (const [files, message, where] of cases) {
      const error = await refusal(files);
      assert.equal(error.code, 'invalid_input');
      assert.match(error.message, message);
      assert.equal(error.where, where);
    }
  });

  test('the same user twice, in the users or in a factors file, is refused naming both places', async () => {
    const twice = await refusal([fixtureFile('okta-users-page2.json'), users(user({ id: '00u1dieg6Zx8Cv0Bn0g4' }))]);
    assert.match(twice.message, /00u1dieg6Zx8Cv0Bn0g4 is also on line 102 of okta-users-page2\.json/);
    assert.equal(twice.where, 'users.json line 2: [0].id');
    const factors = await refusal([users(user()), fixtureFile('okta-factors.json'), textFile('more-factors.json', '{"00u1leep4Rt8Yk2Jd0g4": []}')]);
    assert.equal(factors.message, "the user 00u1leep4Rt8Yk2Jd0g4 is also on line 34 of okta-factors.json; each user's factors are listed once");
    assert.equal(factors.where, 'more-factors.json line 1: 00u1leep4Rt8Yk2Jd0g4');
  });

  test('files that are not Okta exports are refused, naming the file', async () => {
    const cases: [SourceFile[], RegExp, string][] = [
      [[fixtureFile('google-workspace-users-page2.json')], /kind holds "admin#directory#users", not a user's list of factors or roles/, 'google-workspace-users-page2.json line 2: kind'],
      [[fixtureFile('okta-factors.json')], /no users list among okta-factors\.json/, 'okta-factors.json'],
      [[fixtureFile('okta-list-users.json'), fixtureFile('okta-list-factors.json')], /okta-list-factors\.json is one user's list of factors, which does not say whose they are: give the factors of every user as \{"<user id>": \[their list\], \.\.\.\}/, 'okta-list-factors.json line 2'],
      [[fixtureFile('okta-list-users.json'), fixtureFile('okta-list-user-roles.json')], /okta-list-user-roles\.json is one user's list of roles/, 'okta-list-user-roles.json line 2'],
      [[textFile('users.json', JSON.stringify([user()]).slice(0, 120))], /ends in the middle of its JSON/, 'users.json line 1'],
      [[textFile('users.json', '"00u1maya7Hq2Xw9Lr0g4"')], /holds a single JSON value, not Okta users, factors or roles/, 'users.json line 1'],
      [[textFile('users.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]))], /users\.json is a binary file/, 'users.json line 1'],
      [[textFile('users.json', 'id,status,login\n00u1maya7Hq2Xw9Lr0g4,ACTIVE,maya@brightline.example\n')], /users\.json is not Okta users, factors or roles \(JSON\): it is not valid JSON on line 1/, 'users.json line 1'],
    ];
    for (const [files, message, where] of cases) {
      const error = await refusal(files);
      assert.match(error.message, message);
      assert.equal(error.where, where);
    }
  });

  test('reads 200,000 users of a minified page, one line long, with the factors and roles of each, while the heap grows by less than 60 MB', async () => {
    const id = (i: number) => `00u${i.toString(36).padStart(17, '0')}`;
    const page = generatedFile('users.json', '[', (i) => JSON.stringify(user({ id: id(i), status: i % 7 === 0 ? 'SUSPENDED' : 'ACTIVE' }, { login: `person${i}@brightline.example`, email: `person${i}@brightline.example` })), 200_000, ']', ',');
    const factors = generatedFile('factors.json', '{\n', (i) => `"${id(i)}": [{"id": "opf${i}", "factorType": "push", "provider": "OKTA", "status": "${i % 4 ? 'ACTIVE' : 'PENDING_ACTIVATION'}"}]`, 200_000, '\n}');
    const roles = generatedFile('roles.json', '{\n', (i) => `"${id(i)}": ${i % 100 ? '[]' : '[{"id": "ra1", "label": "Organization administrator", "type": "ORG_ADMIN", "status": "ACTIVE"}]'}`, 200_000, '\n}');
    const { count, heapGrowthMb } = await readMeasured(okta, [factors, roles, page]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB`);
  });
});
