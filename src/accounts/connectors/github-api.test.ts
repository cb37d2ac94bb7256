import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { readAccounts } from '../../../test/account-files.ts';
import { badGateway, fakeGithubApi, type GithubOrganisation, rateLimited, simpleUser } from '../../../test/fakes/github-api.ts';
import { AppError } from '../../errors.ts';
import { githubOrg } from '../formats/github-org.ts';
import { fileSource } from '../source-file.ts';
import type { Patience } from './api-request.ts';
import { downloadGithubOrg } from './github-api.ts';

const token = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';

/** Brightline's organisation: 250 members (three pages of 100), two owners, one without 2FA, SAML SSO. */
function brightline(): GithubOrganisation {
  const members = Array.from({ length: 248 }, (_, i) => simpleUser(`dev-${String(i + 1).padStart(3, '0')}`, 5_000_000 + i));
  members.unshift(simpleUser('maya-chen', 1_204_001), simpleUser('brightline-deploy[bot]', 9_100_001, 'Bot'));
  return {
    login: 'brightline',
    id: 84_210_337,
    token,
    members,
    admins: ['maya-chen', 'dev-007'],
    without2fa: ['dev-123'],
    credentialAuthorizations: [
      { login: 'maya-chen', credential_id: 161195, credential_type: 'personal access token', token_last_eight: '71c3fc11', credential_authorized_at: '2026-01-26T19:06:43Z', credential_accessed_at: '2026-06-30T08:00:00Z', authorized_credential_id: 12345678, authorized_credential_expires_at: null, scopes: ['repo', 'read:org'] },
      { login: 'dev-007', credential_id: 161199, credential_type: 'SSH key', credential_authorized_at: '2025-11-02T10:00:00Z', credential_accessed_at: '2026-07-01T09:00:00Z', authorized_credential_id: 12345682, fingerprint: 'jklmnop12345678', authorized_credential_title: 'laptop' },
    ],
  };
}

async function setUp(t: TestContext, org = brightline()) {
  const fake = await fakeGithubApi(org);
  const dir = await mkdtemp(path.join(tmpdir(), 'groundwork-github-test-'));
  t.after(async () => (await fake.close(), await rm(dir, { recursive: true, force: true })));
  const slept: number[] = [];
  const patience: Patience = { sleep: async (ms) => void slept.push(ms), maxWaitSeconds: 60 };
  const download = (changes: { token?: string; organization?: string } = {}) => downloadGithubOrg({ apiUrl: fake.url, organization: 'brightline', token, dir, patience, ...changes });
  return { fake, dir, slept, download };
}

describe('downloading a GitHub organisation through the REST API', () => {
  test('every page of the members, owners, 2FA and SAML lists becomes a file the github-org reader reads', async (t) => {
    const { fake, dir, slept, download } = await setUp(t);
    const files = await download();

    assert.deepEqual(files.map((f) => path.basename(f)), ['members-1.json', 'members-2.json', 'members-3.json', 'admins-1.json', '2fa-disabled-1.json', 'credential-authorizations-1.json']);
    assert.deepEqual((await readdir(dir)).sort(), files.map((f) => path.basename(f)).sort());
    assert.deepEqual(
      fake.requests.map((r) => r.url),
      [
        '/orgs/brightline/members?per_page=100',
        '/organizations/84210337/members?per_page=100&page=2',
        '/organizations/84210337/members?per_page=100&page=3',
        '/orgs/brightline/members?role=admin&per_page=100',
        '/orgs/brightline/members?filter=2fa_disabled&per_page=100',
        '/orgs/brightline/credential-authorizations?per_page=100',
      ],
    );
    const headers = fake.requests[0]!.headers;
    assert.deepEqual([headers.authorization, headers.accept, headers['x-github-api-version']], [`Bearer ${token}`, 'application/vnd.github+json', '2022-11-28']);
    assert.match(headers['user-agent'] ?? '', /Groundwork/);
    assert.deepEqual(slept, []);

    const accounts = await readAccounts(githubOrg, files.map((f) => fileSource(f)));
    assert.equal(accounts.length, 250);
    const maya = accounts.find((a) => a.userName === 'maya-chen')!;
    assert.deepEqual([maya.privileged, maya.mfa, maya.oauthGrants, maya.source.file], [true, true, 1, 'members-1.json']);
    assert.deepEqual([accounts.find((a) => a.userName === 'dev-123')!.mfa, accounts.find((a) => a.userName === 'dev-248')!.source.file], [false, 'members-3.json']);
    assert.equal(accounts.find((a) => a.userName === 'brightline-deploy[bot]')!.kind, 'bot');
  });

  test('an organisation without SAML single sign-on answers 404 to credential authorizations, and the list is left out', async (t) => {
    const { download } = await setUp(t, { ...brightline(), credentialAuthorizations: null });
    const files = await download();
    assert.deepEqual(files.map((f) => path.basename(f)), ['members-1.json', 'members-2.json', 'members-3.json', 'admins-1.json', '2fa-disabled-1.json']);
  });

  test('a used-up rate limit is waited out until its reset; a 502 is retried after a second', async (t) => {
    const { fake, slept, download } = await setUp(t);
    fake.answerNext(rateLimited(30));
    await download();
    assert.equal(slept.length, 1);
    assert.ok(slept[0]! > 29_000 && slept[0]! <= 31_000, `waited ${slept[0]} ms`);

    slept.length = 0;
    fake.answerNext(badGateway);
    const files = await download();
    assert.deepEqual(slept, [1000]);
    assert.equal(files.length, 6);
  });

  test('a rate limit longer than the longest wait fails at once and says when to try again', async (t) => {
    const { fake, slept, download } = await setUp(t);
    fake.answerNext(rateLimited(40 * 60));
    const error = await download().catch((e: unknown) => e);
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'too_many_attempts');
    assert.match(error.message, /^GitHub: GET \/orgs\/brightline\/members\?per_page=100 answered 403 Forbidden \(API rate limit exceeded for user ID 1\.\): GitHub asks to wait 24\d\d s, longer than 60 s; try again after \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.ok(error.retryAfterSeconds! > 2390);
    assert.deepEqual(slept, []);
  });

  test('a server that keeps failing is tried four times, with growing waits, and named', async (t) => {
    const { fake, slept, download } = await setUp(t);
    fake.answerNext(badGateway, badGateway, badGateway, badGateway);
    await assert.rejects(download(), { code: 'config', message: 'GitHub: GET /orgs/brightline/members?per_page=100 answered 502 Bad Gateway (Server Error) on attempt 4 of 4; try again later' });
    assert.deepEqual(slept, [1000, 2000, 4000]);
  });

  test('a refused token and an unknown organisation are said plainly, naming the setting at fault', async (t) => {
    const { slept, download } = await setUp(t);
    await assert.rejects(download({ token: 'ghp_revoked000000000000000000000000000' }), {
      code: 'config',
      where: 'credential',
      message: "GitHub: GET /orgs/brightline/members?per_page=100 answered 401 Unauthorized (Bad credentials): GitHub refused the token; set a new one for this system's connector",
    });
    await assert.rejects(download({ organization: 'brightline-labs' }), {
      where: 'settings.organization',
      message: /answered 404 Not Found \(Not Found\): the organisation brightline-labs is not found, or the token cannot see it/,
    });
    assert.deepEqual(slept, []);
  });
});
