import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureFile, generatedFile, headOf, readAccounts, readMeasured, textFile } from '../../../test/account-files.ts';
import type { AppError } from '../../errors.ts';
import type { SourceFile } from '../account-record.ts';
import { entra } from './entra.ts';

const verbatimUsers = fixtureFile('entra-users-signinactivity.json');
const verbatimDetails = fixtureFile('entra-userRegistrationDetails.json');
/** Contoso's users (the ids of the verbatim report) and the report, each in two pages. */
const contoso = [fixtureFile('entra-users-page1.json'), fixtureFile('entra-users-page2.json'), fixtureFile('entra-registration-details-page1.json'), verbatimDetails];

const usersContext = 'https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName,mail,accountEnabled,signInActivity)';
const user = (fields: object = {}) => ({ id: '86462606-fde0-4fc4-9e0c-a20eb73e54c6', displayName: 'Alex Wilber', userPrincipalName: 'AlexW@Contoso.com', mail: 'AlexW@contoso.com', accountEnabled: true, signInActivity: { lastSignInDateTime: '2026-06-30T09:00:04Z' }, ...fields });
const page = (users: unknown[], context = usersContext) => textFile('users.json', JSON.stringify({ '@odata.context': context, value: users }, null, 2));

async function refusal(files: SourceFile[]): Promise<AppError> {
  try {
    await readAccounts(entra, files);
  } catch (error) {
    return error as AppError;
  }
  assert.fail('the files were read without an error');
}

describe('Microsoft Entra ID users with sign-in activity and registration details', () => {
  test('is detected from users and registration-details pages, and not from Google or Okta exports', async () => {
    for (const file of [verbatimUsers, ...contoso]) assert.equal(entra.detect(await headOf(file), file.name), true, file.name);
    for (const name of ['google-workspace-users-page1.json', 'okta-list-users.json', 'okta-factors.json']) assert.equal(entra.detect(await headOf(fixtureFile(name)), name), false, name);
  });

  test('reads every field of the verbatim users; the verbatim report is of other ids, so their MFA stays unknown', async () => {
    const [adele, alex, ...rest] = await readAccounts(entra, [verbatimUsers, verbatimDetails]);
    assert.equal(rest.length, 0);
    assert.deepEqual(adele, {
      externalId: '1aecaf40-dc3a-461f-88a8-d06994e12898',
      email: 'adelev@contoso.com',
      userName: 'AdeleV@contoso.com',
      displayName: 'Adele Vance',
      roles: [],
      privileged: false,
      privilegeReason: null,
      mfa: null,
      lastActivityAt: '2021-06-17T16:41:33.000Z',
      lastActivityKnown: true,
      createdAt: null,
      status: 'active',
      kind: 'human',
      credentialRotatedAt: null,
      oauthGrants: null,
      source: { file: 'entra-users-signinactivity.json', line: 4 },
    });
    assert.equal(alex!.lastActivityAt, '2021-07-29T17:53:42.000Z', 'the later of the interactive and non-interactive sign-ins');
  });

  test('joins the report on the user id: MFA, admins, guests, disabled accounts and never-used sentinels', async () => {
    const accounts = await readAccounts(entra, contoso);
    assert.deepEqual(
      accounts.map((a) => [a.email, a.mfa, a.privilegeReason, a.lastActivityAt, a.lastActivityKnown, a.status, a.kind, a.credentialRotatedAt, `${a.source.file}:${a.source.line}`]),
      [
        ['alexw@contoso.com', true, null, '2026-06-29T08:00:00.000Z', true, 'active', 'human', '2026-01-15T09:30:00.000Z', 'entra-users-page1.json:4'],
        ['allan@fabrikam.com', false, null, null, true, 'invited', 'guest', null, 'entra-users-page1.json:23'],
        ['biancap@contoso.com', true, null, null, true, 'suspended', 'human', '2025-11-03T10:15:41.619Z', 'entra-users-page1.json:34'],
        ['meganb@contoso.com', false, 'isAdmin in registration details', '2023-11-20T12:01:00.000Z', true, 'active', 'human', '2024-02-10T11:00:00.000Z', 'entra-users-page1.json:53'],
        ['nestorw@contoso.com', null, null, null, true, 'active', 'human', '2026-06-29T08:00:00.000Z', 'entra-users-page1.json:72'],
        ['pattif@contoso.com', true, 'isAdmin in registration details', '2026-06-30T14:00:00.000Z', true, 'active', 'human', '2026-05-04T16:20:00.000Z', 'entra-users-page2.json:4'],
      ],
    );
    assert.deepEqual(accounts.at(-1)!.roles, ['admin']);
    assert.equal(accounts[1]!.userName, 'allan_fabrikam.com#EXT#@contoso.onmicrosoft.com');
  });

  test('a guest is told by the report when the users page does not select userType', async () => {
    const [allan] = await readAccounts(entra, [page([user({ id: 'c6ad1942-4afa-47f8-8d48-afb5d8d69d2f' })]), verbatimDetails]);
    assert.equal(allan!.kind, 'guest');
  });

  test('without signInActivity selected, activity is unknown rather than never; a deleted user is deprovisioned', async () => {
    const [unselected] = await readAccounts(entra, [page([user({ signInActivity: undefined })], 'https://graph.microsoft.com/v1.0/$metadata#users(displayName,userPrincipalName)')]);
    assert.deepEqual([unselected!.lastActivityAt, unselected!.lastActivityKnown], [null, false]);
    const [deleted] = await readAccounts(entra, [page([user({ deletedDateTime: '2026-06-15T18:00:00Z' })], 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects/microsoft.graph.user')]);
    assert.equal(deleted!.status, 'deprovisioned');
  });

  test('pages whose list goes on (@odata.nextLink) without the last page are refused', async () => {
    const users = await refusal([fixtureFile('entra-users-page1.json'), verbatimDetails]);
    assert.match(users.message, /every users page has an @odata\.nextLink, so the list goes on/);
    assert.equal(users.where, 'entra-users-page1.json');
    const report = await refusal([verbatimUsers, fixtureFile('entra-registration-details-page1.json')]);
    assert.match(report.message, /every userRegistrationDetails page has an @odata\.nextLink/);
  });

  test('bad values are refused naming the file, line and field', async () => {
    const cases: [SourceFile[], RegExp, string][] = [
      [[page([user({ signInActivity: { lastSignInDateTime: '2026-13-01T00:00:00Z' } })])], /not a calendar time/, 'users.json line 4: value[0].signInActivity.lastSignInDateTime'],
      [[page([user({ createdDateTime: 'last Tuesday' })])], /"last Tuesday" is not an ISO 8601 time/, 'users.json line 4: value[0].createdDateTime'],
      [[page([user({ accountEnabled: 'false' })])], /"false" is not true or false/, 'users.json line 4: value[0].accountEnabled'],
      [[page([user({ id: null })])], /missing/, 'users.json line 4: value[0].id'],
      [[page([user({ mail: 'Alex Wilber' })])], /"Alex Wilber" is not an email address/, 'users.json line 4: value[0].mail'],
      [[page([user({ signInActivity: '2026-06-30T09:00:04Z' })])], /is not a signInActivity/, 'users.json line 4: value[0].signInActivity'],
      [[page([user()]), textFile('report.json', '{"value": [\n{"id": "86462606-fde0-4fc4-9e0c-a20eb73e54c6", "isMfaRegistered": "yes"}]}')], /"yes" is not true or false/, 'report.json line 2: value[0].isMfaRegistered'],
    ];
    for (const [files, message, where] of cases) {
      const error = await refusal(files);
      assert.equal(error.code, 'invalid_input');
      assert.match(error.message, message);
      assert.equal(error.where, where);
    }
  });

  test('the same user twice, among the users or in the report, is refused naming both places', async () => {
    const users = await refusal([fixtureFile('entra-users-page2.json'), page([user({ id: '7d1e3f5a-9b2c-4d6e-8f0a-1c3e5a7b9d20' })])]);
    assert.match(users.message, /7d1e3f5a-9b2c-4d6e-8f0a-1c3e5a7b9d20 is also on line 4 of entra-users-page2\.json/);
    assert.equal(users.where, 'users.json line 4: value[0].id');
    const report = await refusal([verbatimUsers, verbatimDetails, textFile('again.json', '{"value": [{"id": "c8096958-797c-44fa-8fde-a6fb62567cf0", "isMfaRegistered": true}]}')]);
    assert.match(report.message, /c8096958-797c-44fa-8fde-a6fb62567cf0 is also on line 45 of entra-userRegistrationDetails\.json/);
  });

  test('files that are not Graph pages are refused, naming the file', async () => {
    const cases: [SourceFile[], RegExp, string][] = [
      [[fixtureFile('okta-list-users.json')], /okta-list-users\.json is a JSON list, not a Microsoft Graph users or userRegistrationDetails page/, 'okta-list-users.json line 2'],
      [[verbatimDetails], /no users page among entra-userRegistrationDetails\.json/, 'entra-userRegistrationDetails.json'],
      [[textFile('users.json', '{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": [{"id": "86462606-fde0-')], /ends in the middle of its JSON/, 'users.json line 1'],
      [[textFile('users.json', '{"value": "none"}')], /has a "value" that is not a list/, 'users.json line 1'],
      [[textFile('users.json', Buffer.from('ff fe 7b 00 22 00 76 00 61 00'.replaceAll(' ', ''), 'hex'))], /users\.json (is not UTF-8 text|is a binary file)/, 'users.json line 1'],
      [[textFile('users.json', 'id,userPrincipalName,isMfaRegistered\n86462606-fde0-4fc4-9e0c-a20eb73e54c6,AlexW@Contoso.com,True\n')], /not valid JSON on line 1/, 'users.json line 1'],
    ];
    for (const [files, message, where] of cases) {
      const error = await refusal(files);
      assert.match(error.message, message);
      assert.equal(error.where, where);
    }
  });

  test('reads 200,000 users against a report of 200,000 while the heap grows by less than 60 MB', async () => {
    const id = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const users = generatedFile('users.json', `{"@odata.context": "${usersContext}", "value": [\n`, (i) => JSON.stringify(user({ id: id(i), userPrincipalName: `person${i}@contoso.com`, mail: null })), 200_000, '\n]}');
    const report = generatedFile('report.json', '{"value": [\n', (i) => JSON.stringify({ id: id(i), isAdmin: i % 100 === 0, isMfaRegistered: i % 3 > 0, userType: 'member' }), 200_000, '\n]}');
    const { count, heapGrowthMb } = await readMeasured(entra, [report, users]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB`);
  });
});
