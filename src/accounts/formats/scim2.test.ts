import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fixtureFile, generatedFile, headOf, readAccounts, textFile } from '../../../test/account-files.ts';
import { readRetained } from '../../../test/retained-heap.ts';
import type { SourceFile } from '../account-record.ts';
import { scim2 } from './scim2.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/accounts', name), 'utf8');
const page1 = fixture('scim2-users-page-1.json');
const page2 = fixture('scim2-users-page-2.json');
const listResponse = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const rejects = (files: SourceFile[], error: { message: RegExp | string; where: string }) => assert.rejects(readAccounts(scim2, files), { code: 'invalid_input', ...error });

describe('SCIM 2.0 users', () => {
  test('are recognised by the ListResponse schema, and other exports are not', async () => {
    assert.equal(scim2.detect(await headOf(fixtureFile('scim2-users-page-1.json')), 'users.json'), true);
    assert.equal(scim2.detect(await headOf(fixtureFile('scim2-users-page-2.json')), 'users-2.json'), true);
    assert.equal(scim2.detect(await headOf(fixtureFile('aws-credential-report.sample.csv')), 'report.csv'), false);
    assert.equal(scim2.detect(await headOf(fixtureFile('plain-accounts.csv')), 'accounts.csv'), false);
  });

  test('reads every field of the RFC 7643 example user', async () => {
    const [bjensen] = await readAccounts(scim2, [fixtureFile('scim2-users-page-1.json'), fixtureFile('scim2-users-page-2.json')]);
    assert.deepEqual(bjensen, {
      externalId: '2819c223-7f76-453a-919d-413861904646',
      email: 'bjensen@example.com',
      userName: 'bjensen@example.com',
      displayName: 'Babs Jensen',
      roles: ['admin'],
      privileged: true,
      privilegeReason: '"admin" in roles',
      mfa: null,
      lastActivityAt: null,
      lastActivityKnown: false,
      createdAt: '2010-01-23T04:56:22.000Z',
      status: 'active',
      kind: 'human',
      credentialRotatedAt: null,
      oauthGrants: null,
      source: { file: 'scim2-users-page-1.json', line: 7 },
    });
  });

  test('pages given in any order are one list; email, name, kind, status and privilege come from what each user says', async () => {
    const accounts = await readAccounts(scim2, [fixtureFile('scim2-users-page-2.json'), fixtureFile('scim2-users-page-1.json')]);
    assert.deepEqual(
      accounts.map((a) => [a.source.file, a.source.line, a.userName, a.email, a.displayName, a.kind, a.status, a.privilegeReason, a.createdAt, a.mfa, a.lastActivityKnown]),
      [
        // A service account with no email; created at noon in UTC+2.
        ['scim2-users-page-2.json', 3, 'svc-backup', null, 'Backup service', 'service', 'active', null, '2025-03-10T10:00:00.000Z', null, false],
        // A guest whose userName is their address, an admin through a group, with no active attribute and no meta.
        ['scim2-users-page-2.json', 13, 'Amy.Lee@Partner.Example', 'amy.lee@partner.example', 'Amy Lee', 'guest', 'active', '"Workspace Admins" in groups', null, null, false],
        ['scim2-users-page-1.json', 7, 'bjensen@example.com', 'bjensen@example.com', 'Babs Jensen', 'human', 'active', '"admin" in roles', '2010-01-23T04:56:22.000Z', null, false],
        // A contractor who is not active; the primary address, not the first.
        ['scim2-users-page-1.json', 24, 'mjones', 'mjones@example.com', 'Mark Jones', 'human', 'suspended', null, '2024-02-01T09:30:00.000Z', null, false],
      ],
    );
  });

  test('an empty list is a page with no users, which may leave Resources out', async () => {
    assert.deepEqual(await readAccounts(scim2, [textFile('users.json', `{"schemas": ["${listResponse}"], "totalResults": 0, "startIndex": 1, "itemsPerPage": 0}`)]), []);
    await rejects([textFile('users.json', `{"schemas": ["${listResponse}"],\n "totalResults": 3}`)], { message: 'users.json has no Resources array', where: 'users.json: Resources' });
  });

  test('refuses pages that do not make up the list, naming the page', async () => {
    await rejects([fixtureFile('scim2-users-page-1.json')], { message: 'the pages hold 2 of the 4 users in totalResults: a page is missing', where: 'scim2-users-page-1.json line 3: totalResults' });
    await rejects([fixtureFile('scim2-users-page-2.json')], { message: 'scim2-users-page-2.json starts at user 3: the page starting at 1 is missing', where: 'scim2-users-page-2.json line 24: startIndex' });
    await rejects([fixtureFile('scim2-users-page-1.json'), textFile('page-2.json', page2.replace('"totalResults": 4', '"totalResults": 5'))], {
      message: 'page-2.json says totalResults 5, scim2-users-page-1.json says 4: the list changed between pages; export it again',
      where: 'page-2.json line 23: totalResults',
    });
    await rejects([fixtureFile('scim2-users-page-1.json'), textFile('page-2.json', page2.replace('"startIndex": 3', '"startIndex": 2'))], {
      message: 'page-2.json starts at user 2, inside the pages before it (up to 2); give each page once',
      where: 'page-2.json line 24: startIndex',
    });
    await rejects([textFile('page-1.json', page1), textFile('page-1-again.json', page1)], {
      message: 'the account 2819c223-7f76-453a-919d-413861904646 is also on line 7 of page-1.json; an export lists each account once',
      where: 'page-1-again.json line 10: Resources[0].id',
    });
  });

  test('refuses another format, naming the file', async () => {
    await rejects([fixtureFile('aws-credential-report.sample.csv')], { message: 'aws-credential-report.sample.csv is not valid JSON: expected a value', where: 'aws-credential-report.sample.csv line 1' });
    await rejects([textFile('slack.json', '{\n  "ok": true,\n  "members": [{ "id": "W012A3CDE", "name": "spengler" }]\n}\n')], {
      message: 'slack.json is not a SCIM ListResponse: its schemas do not include urn:ietf:params:scim:api:messages:2.0:ListResponse',
      where: 'slack.json: schemas',
    });
    await rejects([textFile('okta.json', '[{ "id": "00u118oQYT4TBTemp0g4", "status": "ACTIVE" }]')], { message: 'okta.json is a JSON array, not a SCIM ListResponse', where: 'okta.json line 1' });
    await rejects([textFile('groups.json', page1.replace('"urn:ietf:params:scim:schemas:core:2.0:User"]', '"urn:ietf:params:scim:schemas:core:2.0:Group"]').replace('"resourceType": "User", "created": "2024', '"resourceType": "Group", "created": "2024'))], {
      message: 'a Group of schemas urn:ietf:params:scim:schemas:core:2.0:Group, not a User',
      where: 'groups.json line 25: Resources[1].schemas',
    });
  });

  test('refuses a bad date, a missing id, a bad active flag or page number, naming the line and attribute', async () => {
    await rejects([textFile('users.json', page1.replace('2024-02-01T09:30:00.000Z', '2024-02-30T09:30:00.000Z'))], { message: '"2024-02-30T09:30:00.000Z" is not a calendar time', where: 'users.json line 36: Resources[1].meta.created' });
    await rejects([textFile('users.json', page1.replace('"id": "c3a1f0e2-5b7d-4e8a-9f61-2d4b8c7e9a10",', ''))], { message: 'missing; every SCIM resource has an id', where: 'users.json line 24: Resources[1].id' });
    await rejects([textFile('users.json', page1.replace('"active": false', '"active": "no"'))], { message: '"no" is not true or false', where: 'users.json line 31: Resources[1].active' });
    await rejects([textFile('users.json', page1.replace('"startIndex": 1', '"startIndex": "1"'))], { message: 'not a whole number', where: 'users.json line 4: startIndex' });
    await rejects([textFile('users.json', page1.replace(/"Resources": \[\n/, '"Resources": [\n    "2819c223",\n'))], { message: 'not a SCIM resource (an object)', where: 'users.json line 7: Resources[0]' });
  });

  test('refuses a page cut short, binary junk and text that is not UTF-8', async () => {
    await rejects([textFile('users.json', page1.slice(0, page1.indexOf('"emails"', 1200)))], { message: /^users\.json ends before its JSON does \(.+\); is the file cut short\?$/, where: 'users.json line 32' });
    const gzipped = gzipSync(page1);
    assert.equal(scim2.detect(gzipped.toString(), 'users.json.gz'), false);
    await rejects([textFile('users.json.gz', gzipped)], { message: 'users.json.gz is a binary file, not a text export', where: 'users.json.gz line 1' });
    await rejects([textFile('users.json', Buffer.from(page1.replace('Jensen"', 'Jensén"'), 'latin1'))], { message: 'users.json is not UTF-8 text; export it again as UTF-8', where: 'users.json line 13' });
    await rejects([textFile('users.json', '\n')], { message: 'users.json is empty', where: 'users.json line 1' });
  });

  test('streams a page of 200,000 users without holding it', async () => {
    const head = '{\n  "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],\n  "totalResults": 200000,\n  "startIndex": 1,\n  "itemsPerPage": 200000,\n  "Resources": [\n';
    const user = (i: number) =>
      JSON.stringify(
        {
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
          id: `6c5bb468-14b2-4183-baf2-${String(i).padStart(12, '0')}`,
          userName: `user${i}@example.com`,
          name: { givenName: 'Test', familyName: `User ${i}` },
          active: i % 10 !== 0,
          emails: [{ value: `user${i}@example.com`, type: 'work', primary: true }],
          groups: [{ value: 'e9e30dba-f08f-4109-8486-d5c6a331660a', display: 'Engineering', type: 'direct' }],
          meta: { resourceType: 'User', created: '2024-05-16T17:15:36.612Z', lastModified: '2026-05-30T17:00:00Z' },
        },
        null,
        2,
      );
    const { count, heapGrowthMb } = await readRetained(scim2, [generatedFile('users.json', head, user, 200_000, '\n  ]\n}\n')]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB reading a page of about 110 MB`);
  });
});
