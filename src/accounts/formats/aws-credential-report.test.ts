import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { fixtureFile, headOf, readAccounts, textFile } from '../../../test/account-files.ts';
import { generatedCsv } from '../../../test/generated-csv.ts';
import { readRetained } from '../../../test/retained-heap.ts';
import type { SourceFile } from '../account-record.ts';
import { awsCredentialReport } from './aws-credential-report.ts';

const sample = readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/accounts/aws-credential-report.sample.csv'), 'utf8');
const [header] = sample.split('\n') as [string];

/** The sample with one cell changed: `line` as the file counts them, the cell by its column. */
function withCell(line: number, column: string, value: string): string {
  const lines = sample.split('\n');
  const cells = lines[line - 1]!.split(',');
  cells[header.split(',').indexOf(column)] = value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

/** What `aws iam get-credential-report` prints: the report base64-encoded in Content, encoded here as it streams. */
function envelopeOf(name: string, csv: SourceFile): SourceFile {
  async function* chunks() {
    yield '{\n  "Content": "';
    let rest = Buffer.alloc(0);
    for await (const chunk of csv.open()) {
      const bytes = Buffer.concat([rest, Buffer.from(chunk)]);
      const whole = bytes.length - (bytes.length % 3);
      yield bytes.subarray(0, whole).toString('base64');
      rest = bytes.subarray(whole);
    }
    yield `${rest.toString('base64')}",\n  "ReportFormat": "text/csv",\n  "GeneratedTime": "2026-06-30T14:00:00Z"\n}\n`;
  }
  return { name, open: () => Readable.from(chunks()) };
}

async function* oneByteAtATime(file: SourceFile) {
  for await (const chunk of file.open()) for (const byte of Buffer.from(chunk)) yield Buffer.of(byte);
}

const rejects = (files: SourceFile[], error: { message: RegExp | string; where: string }) => assert.rejects(readAccounts(awsCredentialReport, files), { code: 'invalid_input', ...error });

describe('the AWS IAM credential report', () => {
  test('is recognised from its header, its base64 Content, or the JSON of get-credential-report, and not from other exports', async () => {
    assert.equal(awsCredentialReport.detect(sample, 'report.csv'), true);
    assert.equal(awsCredentialReport.detect(await headOf(envelopeOf('report.json', textFile('report.csv', sample))), 'report.json'), true);
    assert.equal(awsCredentialReport.detect(Buffer.from(sample).toString('base64'), 'content.txt'), true);
    assert.equal(awsCredentialReport.detect(await headOf(fixtureFile('scim2-users-page-1.json')), 'users.json'), false);
    assert.equal(awsCredentialReport.detect(await headOf(fixtureFile('plain-accounts.csv')), 'accounts.csv'), false);
  });

  test('reads every field of the root user and of an IAM user with two access keys', async () => {
    assert.deepEqual(await readAccounts(awsCredentialReport, [fixtureFile('aws-credential-report.sample.csv')]), [
      {
        externalId: 'arn:aws:iam::test:root',
        email: null,
        userName: null,
        displayName: 'AWS root user',
        roles: [],
        privileged: true,
        privilegeReason: 'root account',
        mfa: false,
        lastActivityAt: '2020-10-15T01:16:31.000Z',
        lastActivityKnown: true,
        createdAt: '2018-03-07T21:35:12.000Z',
        status: 'active',
        kind: 'shared',
        credentialRotatedAt: null,
        oauthGrants: null,
        source: { file: 'aws-credential-report.sample.csv', line: 2 },
      },
      {
        externalId: 'arn:aws:iam::test:user/customer1',
        email: null,
        userName: 'customer1',
        displayName: 'customer1',
        roles: [],
        privileged: false,
        privilegeReason: null,
        mfa: false,
        lastActivityAt: '2020-11-21T20:38:00.000Z',
        lastActivityKnown: true,
        createdAt: '2019-12-28T20:00:51.000Z',
        status: 'active',
        kind: 'service',
        credentialRotatedAt: '2019-12-28T20:00:51.000Z',
        oauthGrants: null,
        source: { file: 'aws-credential-report.sample.csv', line: 3 },
      },
    ]);
  });

  test('reads activity, MFA, kind, status and the oldest active credential from what each row says', async () => {
    const accounts = await readAccounts(awsCredentialReport, [fixtureFile('aws-credential-report.edge-cases.csv')]);
    assert.deepEqual(
      accounts.map((a) => [a.source.line, a.userName, a.kind, a.status, a.privileged, a.mfa, a.lastActivityAt, a.lastActivityKnown, a.credentialRotatedAt]),
      [
        [2, null, 'shared', 'active', true, true, '2026-06-29T08:00:00.000Z', true, '2023-02-14T12:00:00.000Z'],
        // Upper-case TRUE/FALSE; the inactive second key is older than the password but does not count.
        [3, 'unit_test_user', 'human', 'active', false, true, '2019-05-30T20:14:00.000Z', true, '2019-04-03T15:16:13.000Z'],
        // no_information: the password was never used.
        [4, 'test_false_access_key_1', 'human', 'active', false, false, null, true, null],
        // No console password, two active access keys.
        [5, 'ci-deploy', 'service', 'active', false, false, '2026-06-30T13:59:59.000Z', true, '2024-09-02T16:21:10.000Z'],
        // Neither a password nor an active key: it cannot sign in or call the API.
        [6, 'dana.former', 'human', 'suspended', false, false, '2025-11-14T17:02:11.000Z', true, null],
      ],
    );
  });

  test('the JSON of get-credential-report and its bare base64 Content read as the CSV does, decoded as they stream', async () => {
    const csv = await readAccounts(awsCredentialReport, [textFile('report.csv', sample)]);
    const envelope = envelopeOf('report.json', textFile('report.csv', sample));
    const byteByByte: SourceFile = { name: 'report.json', open: () => Readable.from(oneByteAtATime(envelope)) };
    const encoded = textFile('content.txt', `${Buffer.from(sample).toString('base64').replace(/.{76}/g, '$&\n')}\n`);
    const result = { Content: Buffer.from(sample).toString('base64'), ReportFormat: 'text/csv', GeneratedTime: '2026-06-30T14:00:00Z' };
    const response = textFile('response.json', JSON.stringify({ GetCredentialReportResponse: { GetCredentialReportResult: result, ResponseMetadata: { RequestId: '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE' } } }));
    for (const file of [envelope, byteByByte, encoded, response]) {
      const accounts = await readAccounts(awsCredentialReport, [file]);
      assert.deepEqual(accounts, csv.map((a) => ({ ...a, source: { file: file.name, line: a.source.line } })), file.name);
    }
    await rejects([envelopeOf('report.json', textFile('report.csv', withCell(3, 'mfa_active', 'maybe')))], { message: '"maybe" is not true or false', where: 'report.json Content line 3: mfa_active' });
  });

  test('refuses another format, naming the file', async () => {
    await rejects([fixtureFile('plain-accounts.csv')], { message: 'plain-accounts.csv is not an AWS credential report: its header should begin user,arn,user_creation_time', where: 'plain-accounts.csv line 1' });
    await rejects([fixtureFile('scim2-users-page-1.json')], { message: /^scim2-users-page-1\.json has no Content; give the JSON that aws iam get-credential-report prints/, where: 'scim2-users-page-1.json' });
    await rejects([textFile('report.csv', '')], { message: 'report.csv is empty', where: 'report.csv' });
  });

  test('refuses an unknown or missing column, a bad date, a bad flag and a row that is not an IAM user, naming the line and field', async () => {
    await rejects([textFile('report.csv', sample.replace(',mfa_active,', ',mfa_enabled,'))], { message: '"mfa_enabled" is not a column of the AWS credential report', where: 'report.csv line 1' });
    await rejects([textFile('report.csv', sample.replace(',cert_2_active,cert_2_last_rotated', '').replace(/,false,N\/A$/gm, ''))], { message: 'the report has no cert_2_active, cert_2_last_rotated columns', where: 'report.csv line 1' });
    await rejects([textFile('report.csv', withCell(3, 'user_creation_time', '2019-12-32T20:00:51+00:00'))], { message: '"2019-12-32T20:00:51+00:00" is not a calendar time', where: 'report.csv line 3: user_creation_time' });
    await rejects([textFile('report.csv', withCell(3, 'access_key_1_last_used_date', '11/21/2020 20:38'))], { message: '"11/21/2020 20:38" is not an ISO 8601 time with a zone, like 2026-06-30T14:00:00Z', where: 'report.csv line 3: access_key_1_last_used_date' });
    await rejects([textFile('report.csv', withCell(2, 'mfa_active', 'yes'))], { message: '"yes" is not true or false', where: 'report.csv line 2: mfa_active' });
    await rejects([textFile('report.csv', withCell(3, 'arn', 'customer1'))], { message: '"customer1" is not an IAM ARN', where: 'report.csv line 3: arn' });
  });

  test('refuses a user listed twice, naming both places', async () => {
    await rejects([textFile('monday.csv', sample), textFile('tuesday.csv', sample)], { message: 'the account arn:aws:iam::test:root is also on line 2 of monday.csv; an export lists each account once', where: 'tuesday.csv line 2: arn' });
  });

  test('refuses a file cut short, in each form', async () => {
    await rejects([textFile('report.csv', sample.slice(0, -40))], { message: 'the row has 15 cells; the header has 22', where: 'report.csv line 3' });
    const content = Buffer.from(sample).toString('base64');
    await rejects([textFile('report.json', JSON.stringify({ Content: content, ReportFormat: 'text/csv' }, null, 2).slice(0, 200))], { message: /^report\.json ends before its JSON does \(.+\); is the file cut short\?$/, where: 'report.json line 2' });
    await rejects([textFile('report.json', JSON.stringify({ Content: content.slice(0, -1) }))], { message: 'report.json Content ends in the middle of its base64; is it cut short?', where: 'report.json Content' });
    await rejects([textFile('report.json', JSON.stringify({ Content: sample }))], { message: 'report.json Content is not base64', where: 'report.json Content' });
    await rejects([textFile('report.json', '{"Content": 42}')], { message: 'not a base64 string', where: 'report.json line 1: Content' });
  });

  test('refuses binary junk and text that is not UTF-8', async () => {
    const xlsx = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'), Buffer.alloc(64)]);
    assert.equal(awsCredentialReport.detect(xlsx.toString(), 'report.xlsx'), false);
    await rejects([textFile('report.xlsx', xlsx)], { message: 'report.xlsx is a binary file, not a text export', where: 'report.xlsx line 1' });
    await rejects([textFile('report.csv', Buffer.from(sample.replace('customer1,', 'clément,'), 'latin1'))], { message: 'report.csv is not UTF-8 text; export it again as UTF-8', where: 'report.csv line 3' });
  });

  test('streams 200,000 users base64-encoded in JSON, decoding and parsing the report without holding it', async () => {
    const row = (i: number) =>
      `user-${i},arn:aws:iam::111122223333:user/user-${i},2024-01-01T00:00:00+00:00,true,2026-06-01T00:00:00+00:00,2025-01-01T00:00:00+00:00,N/A,true,true,2025-02-01T00:00:00+00:00,2026-06-02T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
    const { count, heapGrowthMb } = await readRetained(awsCredentialReport, [envelopeOf('report.json', generatedCsv('report.csv', header, row, 200_000))]);
    assert.equal(count, 200_000);
    assert.ok(heapGrowthMb < 60, `the heap grew by ${heapGrowthMb.toFixed(1)} MB reading a report of 66 MB, 88 MB in base64`);
  });
});
