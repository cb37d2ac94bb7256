import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fixtureFile, headOf, readAccounts, textFile } from '../../../test/account-files.ts';
import { generatedCsv } from '../../../test/generated-csv.ts';
import { readRetained } from '../../../test/retained-heap.ts';
import type { SourceFile } from '../account-record.ts';
import { plainCsv } from './plain-csv.ts';
import { plainCsvColumns } from './plain-csv-columns.ts';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/accounts/plain-accounts.csv'), 'utf8');
const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
const rejects = (files: SourceFile[], error: { message: RegExp | string; where: string }) => assert.rejects(readAccounts(plainCsv, files), { code: 'invalid_input', ...error });
const oneRow = (row: string) => textFile('accounts.csv', `${header}\n${row}\n`);

describe('the plain CSV of accounts', () => {
  test('its documented columns are the header it reads', () => {
    assert.equal(plainCsvColumns.map((c) => c.header).join(','), header);
    assert.deepEqual(plainCsvColumns.filter((c) => c.required !== 'no').map((c) => [c.header, c.required]), [
      ['external_id', 'yes'],
      ['email', 'unless user_name is given'],
      ['user_name', 'unless email is given'],
    ]);
  });

  test('is recognised by its header, and other exports are not', async () => {
    assert.equal(plainCsv.detect(fixture, 'accounts.csv'), true);
    assert.equal(plainCsv.detect('"External ID",Email\r\nu-1,a@b.example\r\n', 'accounts.csv'), true);
    assert.equal(plainCsv.detect(await headOf(fixtureFile('aws-credential-report.sample.csv')), 'report.csv'), false);
    assert.equal(plainCsv.detect(await headOf(fixtureFile('scim2-users-page-1.json')), 'users.json'), false);
  });

  test('reads every field of every account', async () => {
    const accounts = await readAccounts(plainCsv, [fixtureFile('plain-accounts.csv')]);
    assert.deepEqual(accounts[0], {
      externalId: 'u-1001',
      email: 'maya@brightline.example',
      userName: 'maya',
      displayName: 'Maya Chen',
      roles: ['Owner', 'Billing'],
      privileged: true,
      privilegeReason: 'privileged column',
      mfa: true,
      lastActivityAt: '2026-06-30T14:00:00.000Z',
      lastActivityKnown: true,
      createdAt: '2025-01-06T00:00:00.000Z',
      status: 'active',
      kind: 'human',
      credentialRotatedAt: '2026-01-15T09:00:00.000Z',
      oauthGrants: null,
      source: { file: 'plain-accounts.csv', line: 2 },
    });
    assert.deepEqual(
      accounts.slice(1).map((a) => [a.source.line, a.externalId, a.email, a.userName, a.displayName, a.roles, a.privileged, a.mfa, a.lastActivityAt, a.createdAt, a.status, a.kind, a.credentialRotatedAt]),
      [
        // Blank cells: MFA unknown, never used, active, human.
        [3, 'u-1002', 'lee@brightline.example', 'lee', 'Park, Lee', ['Member'], false, null, null, '2025-01-06T08:00:00.000Z', 'active', 'human', null],
        [4, 'svc-42', null, 'deploy-bot', 'Deploy bot', ['CI'], false, false, '2026-06-29T23:59:59.500Z', '2024-11-01T00:00:00.000Z', 'active', 'service', '2025-11-01T00:00:00.000Z'],
        [5, 'u-1003', 'diego@alvarez.dev', null, 'Diego Alvarez', [], false, false, '2026-03-31T00:00:00.000Z', '2026-02-02T00:00:00.000Z', 'suspended', 'guest', null],
      ],
    );
  });

  test('takes headers in any case and order, and without a last_activity column says activity is unknown', async () => {
    const [account] = await readAccounts(plainCsv, [textFile('okta-export.csv', '\ufeffUser Name,External-ID,MFA\r\nmaya,00u1,TRUE\r\n')]);
    assert.deepEqual([account!.externalId, account!.userName, account!.email, account!.mfa, account!.lastActivityAt, account!.lastActivityKnown], ['00u1', 'maya', null, true, null, false]);
  });

  test('refuses an unknown or missing column, naming it', async () => {
    await rejects([textFile('accounts.csv', fixture.replace('credential_rotated', 'department'))], {
      message: `"department" is not a column of the plain CSV; the columns are ${plainCsvColumns.map((c) => c.header).join(', ')}`,
      where: 'accounts.csv line 1',
    });
    await rejects([textFile('accounts.csv', 'email,user_name\nmaya@brightline.example,maya\n')], { message: 'accounts.csv has no external_id column', where: 'accounts.csv line 1' });
    await rejects([textFile('accounts.csv', 'external_id,display_name\nu-1,Maya Chen\n')], { message: 'accounts.csv has neither an email nor a user_name column; it needs one of them', where: 'accounts.csv line 1' });
    await rejects([textFile('accounts.csv', 'external_id,email,Email\nu-1,a@b.example,a@b.example\n')], { message: 'two columns are email; keep one', where: 'accounts.csv line 1' });
    await rejects([fixtureFile('aws-credential-report.sample.csv')], { message: /^"user" is not a column of the plain CSV/, where: 'aws-credential-report.sample.csv line 1' });
  });

  test('refuses a bad cell, naming the line and column', async () => {
    await rejects([oneRow(',maya@brightline.example,maya,,,,,,,,,')], { message: 'empty; every account needs its id in the system', where: 'accounts.csv line 2: external_id' });
    await rejects([oneRow('u-1,,,Maya Chen,,,,,,,,')], { message: 'empty, and so is user_name; every account needs one of them', where: 'accounts.csv line 2: email' });
    await rejects([oneRow('u-1,maya at brightline,maya,,,,,,,,,')], { message: '"maya at brightline" is not an email address', where: 'accounts.csv line 2: email' });
    await rejects([oneRow('u-1,,maya,,,yes,,,,,,')], { message: '"yes" is not true or false', where: 'accounts.csv line 2: privileged' });
    // The first bad row of the file, though a later one is cut short.
    await rejects([oneRow('u-1,,maya,,,yes,,,,,,\nu-2,,lee,,,')], { message: '"yes" is not true or false', where: 'accounts.csv line 2: privileged' });
    await rejects([oneRow('u-1,,maya,,,,,2026-02-30,,,,')], { message: '"2026-02-30" is not a calendar date', where: 'accounts.csv line 2: last_activity' });
    await rejects([oneRow('u-1,,maya,,,,,,30/06/2026,,,')], { message: '"30/06/2026" is not an ISO 8601 time with a zone, like 2026-06-30T14:00:00Z', where: 'accounts.csv line 2: created' });
    await rejects([oneRow('u-1,,maya,,,,,,,,,2026-06-30T14:00:00')], { message: '"2026-06-30T14:00:00" is not an ISO 8601 time with a zone, like 2026-06-30T14:00:00Z', where: 'accounts.csv line 2: credential_rotated' });
    await rejects([oneRow('u-1,,maya,,,,,,,disabled,,')], { message: '"disabled" is not one of active, suspended, deprovisioned, invited', where: 'accounts.csv line 2: status' });
    await rejects([oneRow('u-1,,maya,,,,,,,,robot,')], { message: '"robot" is not one of human, service, bot, shared, guest', where: 'accounts.csv line 2: kind' });
  });

  test('refuses an account listed twice, in one file or two, naming both places', async () => {
    await rejects([textFile('accounts.csv', `${fixture}u-1002,lee.park@brightline.example,,,,,,,,,,\n`)], { message: 'the account u-1002 is also on line 3 of accounts.csv; an export lists each account once', where: 'accounts.csv line 6: external_id' });
    await rejects([textFile('engineering.csv', fixture), textFile('sales.csv', `${header}\nsvc-42,,deploy,,,,,,,,,\n`)], { message: 'the account svc-42 is also on line 4 of engineering.csv; an export lists each account once', where: 'sales.csv line 2: external_id' });
  });

  test('refuses a file cut short, binary junk and text that is not UTF-8', async () => {
    await rejects([textFile('accounts.csv', fixture.slice(0, fixture.indexOf('Park, Lee') + 4))], { message: 'accounts.csv ends inside a quoted cell; is the file cut short?', where: 'accounts.csv line 3' });
    await rejects([textFile('accounts.csv', fixture.slice(0, fixture.indexOf(',service,')))], { message: 'the row has 10 cells; the header has 12', where: 'accounts.csv line 4' });
    const xlsx = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'), Buffer.alloc(64)]);
    assert.equal(plainCsv.detect(xlsx.toString(), 'accounts.xlsx'), false);
    await rejects([textFile('accounts.xlsx', xlsx)], { message: 'accounts.xlsx is a binary file, not a text export', where: 'accounts.xlsx line 1' });
    await rejects([textFile('accounts.csv', Buffer.from(fixture.replace('Diego Alvarez', 'Diego Álvarez'), 'latin1'))], { message: 'accounts.csv is not UTF-8 text; export it again as UTF-8', where: 'accounts.csv line 5' });
    await rejects([textFile('accounts.csv', '')], { message: 'accounts.csv is empty; it needs a header row naming its columns', where: 'accounts.csv line 1' });
  });

  test('streams 200,000 accounts without holding the file', async () => {
    const row = (i: number) => `u-${i},user${i}@brightline.example,user${i},User ${i},Member;Reader,${i % 50 === 0},${i % 3 === 0 ? '' : 'true'},2026-06-${String((i % 28) + 1).padStart(2, '0')}T09:00:00Z,2025-01-06,active,human,`;
    const { count, heapGrowthMb } = await readRetained(plainCsv, [generatedCsv('accounts.csv', header, row, 200_000)]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB reading 200,000 accounts`);
  });
});
