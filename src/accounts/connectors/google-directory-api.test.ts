import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { readAccounts } from '../../../test/account-files.ts';
import { badGateway, directoryUser, fakeGoogleDirectoryApi, testServiceAccount, tooManyRequests } from '../../../test/fakes/google-directory-api.ts';
import { googleWorkspace } from '../formats/google-workspace.ts';
import { fileSource } from '../source-file.ts';
import type { Patience } from './api-request.ts';
import { downloadGoogleUsers } from './google-directory-api.ts';
import { serviceAccountKey } from './google-service-account.ts';

const serviceAccount = testServiceAccount();

/** Brightline's Workspace: 1,100 users (three pages of at most 500), a super admin, a suspended and a deleted user. */
function brightlineUsers(): Record<string, unknown>[] {
  const users = Array.from({ length: 1097 }, (_, i) => directoryUser(`person.${String(i + 1).padStart(4, '0')}@brightline.example`, String(116949259093507633648n + BigInt(i))));
  users.push(
    directoryUser('maya.chen@brightline.example', '100000000000000000001', { isAdmin: true }),
    directoryUser('lee.park@brightline.example', '100000000000000000002', { suspended: true, suspensionReason: 'ADMIN' }),
    directoryUser('sam.okafor@brightline.example', '100000000000000000003', { deletionTime: '2026-07-02T14:00:00.000Z' }),
  );
  return users;
}

async function setUp(t: TestContext) {
  const fake = await fakeGoogleDirectoryApi({ customerId: 'C03ly86ew', clientEmail: serviceAccount.clientEmail, publicKey: serviceAccount.publicKey, admins: ['maya.chen@brightline.example'], users: brightlineUsers() });
  const dir = await mkdtemp(path.join(tmpdir(), 'groundwork-google-test-'));
  t.after(async () => (await fake.close(), await rm(dir, { recursive: true, force: true })));
  const slept: number[] = [];
  const patience: Patience = { sleep: async (ms) => void slept.push(ms), maxWaitSeconds: 60 };
  const download = (changes: { adminEmail?: string; customer?: string } = {}) =>
    downloadGoogleUsers({ apiUrl: fake.url, customer: 'my_customer', adminEmail: 'maya.chen@brightline.example', serviceAccount: serviceAccountKey(serviceAccount.keyFile(fake.tokenUri)), dir, patience, ...changes });
  return { fake, slept, download };
}

describe('downloading a Google Workspace through the Directory API', () => {
  test('a service account signs in as an admin and every users.list page, deleted users included, becomes a file', async (t) => {
    const { fake, slept, download } = await setUp(t);
    const files = await download();

    assert.deepEqual(files.map((f) => path.basename(f)), ['users-1.json', 'users-2.json', 'users-3.json']);
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.url.replace(/pageToken=[^&]+/, 'pageToken=…')}`),
      [
        'POST /token',
        'GET /admin/directory/v1/users?customer=my_customer&maxResults=500&projection=full&showDeleted=true',
        'GET /admin/directory/v1/users?customer=my_customer&maxResults=500&projection=full&showDeleted=true&pageToken=…',
        'GET /admin/directory/v1/users?customer=my_customer&maxResults=500&projection=full&showDeleted=true&pageToken=…',
      ],
    );
    assert.equal(new URLSearchParams(fake.requests[0]!.body).get('grant_type'), 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    assert.match(fake.requests[1]!.headers.authorization ?? '', /^Bearer ya29\./);
    assert.deepEqual(slept, []);

    const accounts = await readAccounts(googleWorkspace, files.map((f) => fileSource(f)));
    assert.equal(accounts.length, 1100);
    const status = (email: string) => accounts.find((a) => a.email === email)!;
    assert.deepEqual([status('maya.chen@brightline.example').privileged, status('lee.park@brightline.example').status, status('sam.okafor@brightline.example').status], [true, 'suspended', 'deprovisioned']);
    assert.equal(status('sam.okafor@brightline.example').source.file, 'users-3.json');
  });

  test('a 429 is waited out as Retry-After asks; a 502 is retried after a second', async (t) => {
    const { fake, slept, download } = await setUp(t);
    const users = '/admin/directory/v1/users';
    fake.answerNext({ ...tooManyRequests(7), at: users });
    assert.equal((await download()).length, 3);
    assert.deepEqual(slept, [7000]);

    slept.length = 0;
    fake.requests.length = 0;
    fake.answerNext({ ...badGateway, at: users });
    assert.equal((await download()).length, 3);
    assert.deepEqual(slept, [1000]);
    assert.deepEqual(fake.requests.map((r) => r.url.split('?')[0]), ['/token', users, users, users, users]);
  });

  test('Google refusing the service account or the admin is said with its message and what to do', async (t) => {
    const { download, slept } = await setUp(t);
    await assert.rejects(download({ adminEmail: 'lee.park@brightline.example' }), {
      code: 'config',
      where: 'credential',
      message: new RegExp(
        '^Google: POST /token answered 401 Unauthorized \\(unauthorized_client: Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested\\.\\): ' +
          'groundwork-reviews@brightline-it\\.iam\\.gserviceaccount\\.com may not act for the domain\'s users: .*Domain-wide delegation.*admin\\.directory\\.user\\.readonly$',
      ),
    });
    await assert.rejects(download({ customer: 'C0another' }), { where: 'settings.customer', message: /^Google: GET \/admin\/directory\/v1\/users\?customer=C0another&.* answered 400 Bad Request \(Bad Request\): check the customer "C0another"/ });
    assert.deepEqual(slept, []);
  });

  test('an access token Google no longer accepts is refused clearly', async (t) => {
    const { fake, download } = await setUp(t);
    fake.answerNext({ status: 200, body: { access_token: 'ya29.revoked', expires_in: 3599, token_type: 'Bearer' } });
    await assert.rejects(download(), {
      where: 'credential',
      message: /^Google: GET \/admin\/directory\/v1\/users\?.* answered 401 Unauthorized \(Request had invalid authentication credentials\..*\): Google refused the access token of groundwork-reviews@/,
    });
  });
});
