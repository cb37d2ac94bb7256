import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines, testActor } from '../../../test/engines.ts';
import { addUser } from '../../../test/identity.ts';
import { badGateway, fakeGithubApi, simpleUser } from '../../../test/fakes/github-api.ts';
import { directoryUser, fakeGoogleDirectoryApi, testServiceAccount } from '../../../test/fakes/google-directory-api.ts';
import type { Context } from '../../context.ts';
import { addSystem } from '../../systems/add-system.ts';
import { ensureGroundworkSystem } from '../../systems/groundwork-system.ts';
import { retireSystem } from '../../systems/retire-system.ts';
import { loadSystem } from '../../systems/system.ts';
import { inviteUser } from '../../identity/invites.ts';
import { listAccounts } from '../list-accounts.ts';
import { latestSnapshot } from '../snapshot.ts';
import { pullAccounts } from './pull-accounts.ts';
import { loadSecretKey } from './secret-key.ts';
import { removeConnector, setConnector } from './set-connector.ts';

const token = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
const noWait = async () => {};
const system = { category: 'code-repository', owner: 'maya@brightline.example', classification: 'confidential' };

/** Brightline's organisation: 130 members over two pages, an owner, two without 2FA. */
const brightline = {
  login: 'brightline',
  id: 84_210_337,
  token,
  members: [simpleUser('maya-chen', 1_204_001), ...Array.from({ length: 129 }, (_, i) => simpleUser(`dev-${i + 1}`, 5_000_000 + i))],
  admins: ['maya-chen'],
  without2fa: ['dev-4', 'dev-77'],
  credentialAuthorizations: null,
};

async function eventsOf(ctx: Context, systemId: string) {
  const rows = await ctx.db.selectFrom('evidence_events').select(['action', 'data']).where('subject_id', '=', systemId).orderBy('seq').execute();
  return rows.map((row) => ({ action: row.action, data: JSON.parse(row.data) as Record<string, unknown> }));
}

/** Runs `work` with os.tmpdir() pointing at a directory of its own: what it returned or threw, and what it left there. */
async function inOwnTmp<T>(work: () => Promise<T>): Promise<{ left: string[]; result?: T; error?: unknown }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'groundwork-pull-test-'));
  const was = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const outcome = await work().then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    return { left: readdirSync(dir), ...outcome };
  } finally {
    if (was === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = was;
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const engine of engines) {
  describe(`pulling accounts through a connector on ${engine.name}`, { skip: engine.skip }, () => {
    test('Groundwork’s own accounts are pulled from its users: the owner privileged, the invite pending', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      t.after(() => workspace.close());
      const owner = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      await addUser(workspace, 'member', { email: 'leo@brightline.example' });
      const ctx = workspace.context(testActor);
      await inviteUser(ctx, { email: 'nina@brightline.example', role: 'reviewer' }, undefined);
      await ensureGroundworkSystem(ctx);
      const secretKey = loadSecretKey({ configured: workspace.config.secretKey, dataDir: workspace.config.dataDir });
      const snapshot = await pullAccounts(ctx, secretKey, { systemId: 'groundwork' });
      assert.deepEqual([snapshot.format, snapshot.accounts, snapshot.sources[0]!.name], ['plain-csv', 3, 'groundwork-users.csv']);
      const { accounts } = await listAccounts(ctx, { systemId: 'groundwork' });
      assert.deepEqual(
        accounts.map((a) => [a.email, a.roles, a.privileged, a.status]),
        [['leo@brightline.example', ['member'], false, 'active'], ['maya@brightline.example', ['owner'], true, 'active'], ['nina@brightline.example', ['reviewer'], false, 'invited']],
      );
      assert.equal(accounts.find((a) => a.externalId === owner.user.id)?.lastActivityKnown, true);
    });

    test('a GitHub organisation is pulled page by page into one snapshot; the token is stored sealed and never in the evidence', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const github = await fakeGithubApi(brightline);
      t.after(async () => (await github.close(), await workspace.close()));
      const ctx = workspace.context(testActor);
      const secretKey = loadSecretKey({ configured: workspace.config.secretKey, dataDir: workspace.config.dataDir });
      await addSystem(ctx, { name: 'GitHub', ...system });

      const connector = await setConnector(ctx, secretKey, { systemId: 'github', kind: 'github', settings: { organization: 'brightline', apiUrl: `${github.url}/` }, credential: ` ${token}\n` });
      assert.deepEqual([connector.kind, connector.settings, connector.updatedBy], ['github', { organization: 'brightline', apiUrl: github.url }, `user:${testActor.id}`]);
      const stored = await ctx.db.selectFrom('connectors').selectAll().executeTakeFirstOrThrow();
      assert.ok(!stored.credential.includes(token) && !stored.credential.includes(token.slice(-12)), 'the token is sealed');
      assert.equal((await loadSystem(ctx, 'github')).accountsFrom, 'github');

      const pulled = await inOwnTmp(() => pullAccounts(ctx, secretKey, { systemId: 'github', sleep: noWait }));
      assert.equal(pulled.error, undefined);
      assert.deepEqual(pulled.left, [], 'the pages are removed');
      const snapshot = pulled.result!;
      assert.deepEqual([snapshot.number, snapshot.format, snapshot.accounts], [1, 'github-org', 130]);
      assert.deepEqual(snapshot.sources.map((s) => s.name), ['members-1.json', 'members-2.json', 'admins-1.json', '2fa-disabled-1.json']);
      assert.ok(snapshot.sources.every((s) => /^[0-9a-f]{64}$/.test(s.sha256) && s.bytes > 0));

      const events = await eventsOf(ctx, 'github');
      assert.deepEqual(events.map((e) => e.action), ['systems.system.added', 'accounts.connector.set', 'accounts.snapshot.imported']);
      assert.deepEqual(events[1]!.data, { name: 'GitHub', kind: 'github', settings: { organization: 'brightline', apiUrl: github.url }, credential: 'a GitHub token, stored encrypted' });
      assert.equal(events[2]!.data.via, 'GitHub API');
      assert.ok(!JSON.stringify(events).includes(token.slice(-12)));
    });

    test('a failed download changes nothing, leaves nothing behind and names the request', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const github = await fakeGithubApi(brightline);
      t.after(async () => (await github.close(), await workspace.close()));
      const ctx = workspace.context(testActor);
      const secretKey = loadSecretKey({ configured: undefined, dataDir: workspace.config.dataDir });
      await addSystem(ctx, { name: 'GitHub', ...system });
      await setConnector(ctx, secretKey, { systemId: 'github', kind: 'github', settings: { organization: 'brightline', apiUrl: github.url }, credential: token });
      const first = await pullAccounts(ctx, secretKey, { systemId: 'github', sleep: noWait });

      github.answerNext(...Array.from({ length: 4 }, () => ({ ...badGateway, at: '/orgs/brightline/members' })));
      const failed = await inOwnTmp(() => pullAccounts(ctx, secretKey, { systemId: 'github', sleep: noWait }));
      assert.deepEqual(failed.left, []);
      assert.match(String((failed.error as Error).message), /^GitHub: GET \/orgs\/brightline\/members\?per_page=100 answered 502 Bad Gateway \(Server Error\) on attempt 4 of 4; try again later$/);
      assert.equal((await latestSnapshot(ctx, 'github'))!.id, first.id);

      const otherKey = loadSecretKey({ configured: Buffer.alloc(32, 7).toString('base64'), dataDir: workspace.config.dataDir });
      await assert.rejects(pullAccounts(ctx, otherKey, { systemId: 'github', sleep: noWait }), {
        code: 'config',
        message: /^the connector credential of github cannot be opened with this workspace's secret key: was GROUNDWORK_SECRET_KEY changed\?/,
      });
    });

    test('a Google Workspace is pulled with its service account acting as an admin; the key is stored sealed', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const account = testServiceAccount();
      const users = [
        directoryUser('maya.chen@brightline.example', '100000000000000000001', { isAdmin: true }),
        directoryUser('lee.park@brightline.example', '100000000000000000002', { isEnrolledIn2Sv: false }),
        directoryUser('sam.okafor@brightline.example', '100000000000000000003', { deletionTime: '2026-07-02T14:00:00.000Z' }),
      ];
      const google = await fakeGoogleDirectoryApi({ customerId: 'C03ly86ew', clientEmail: account.clientEmail, publicKey: account.publicKey, admins: ['maya.chen@brightline.example'], users });
      t.after(async () => (await google.close(), await workspace.close()));
      const ctx = workspace.context(testActor);
      const secretKey = loadSecretKey({ configured: undefined, dataDir: workspace.config.dataDir });
      await addSystem(ctx, { name: 'Google Workspace', ...system, category: 'email' });

      const keyFile = account.keyFile(google.tokenUri);
      const connector = await setConnector(ctx, secretKey, { systemId: 'google-workspace', kind: 'google-workspace', settings: { adminEmail: 'Maya.Chen@brightline.example', apiUrl: google.url }, credential: keyFile });
      assert.deepEqual(connector.settings, { customer: 'my_customer', adminEmail: 'maya.chen@brightline.example', apiUrl: google.url });
      const stored = await ctx.db.selectFrom('connectors').select('credential').executeTakeFirstOrThrow();
      assert.ok(!stored.credential.includes('PRIVATE KEY') && !stored.credential.includes(account.clientEmail));

      const snapshot = await pullAccounts(ctx, secretKey, { systemId: 'google-workspace' });
      assert.deepEqual([snapshot.format, snapshot.accounts, snapshot.sources.map((s) => s.name)], ['google-workspace', 3, ['users-1.json']]);
      const events = await eventsOf(ctx, 'google-workspace');
      assert.equal(events[1]!.data.credential, `the key of the service account ${account.clientEmail}, stored encrypted`);
      assert.equal(events[2]!.data.via, 'Google Directory API');
      assert.ok(!JSON.stringify(events).includes('PRIVATE KEY'));
    });

    test('bad settings, unknown and retired systems are refused; a removed connector pulls no more', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      t.after(() => workspace.close());
      const ctx = workspace.context(testActor);
      const secretKey = loadSecretKey({ configured: undefined, dataDir: workspace.config.dataDir });
      await addSystem(ctx, { name: 'GitHub', ...system });
      const github = { systemId: 'github', kind: 'github', settings: { organization: 'brightline' }, credential: token };

      await assert.rejects(setConnector(ctx, secretKey, { ...github, systemId: 'gitlab' }), { code: 'not_found' });
      await assert.rejects(setConnector(ctx, secretKey, { ...github, kind: 'gitlab' }), { where: 'kind', message: '"gitlab" is not a connector Groundwork has (github, google-workspace)' });
      await assert.rejects(setConnector(ctx, secretKey, { ...github, settings: { organization: 'https://github.com/brightline' } }), { where: 'settings.organization' });
      await assert.rejects(setConnector(ctx, secretKey, { ...github, settings: { organization: 'brightline', org: 'x' } }), { where: 'settings.org', message: 'not a setting of this connector; it takes organization, apiUrl' });
      await assert.rejects(setConnector(ctx, secretKey, { ...github, settings: { organization: 'brightline', apiUrl: 'http://github.example.com' } }), { where: 'settings.apiUrl', message: /must be an https:\/\/ URL/ });
      await assert.rejects(setConnector(ctx, secretKey, { ...github, credential: 'ghp_abc def' }), { where: 'credential' });
      const google = { systemId: 'github', kind: 'google-workspace', settings: { adminEmail: 'maya@brightline.example' } };
      const keyFile = JSON.parse(testServiceAccount().keyFile('https://oauth2.googleapis.com/token')) as Record<string, unknown>;
      await assert.rejects(setConnector(ctx, secretKey, { ...google, credential: JSON.stringify({ ...keyFile, private_key: undefined }) }), { where: 'credential.private_key', message: 'missing' });
      await assert.rejects(setConnector(ctx, secretKey, { ...google, credential: JSON.stringify({ ...keyFile, type: 'authorized_user' }) }), { where: 'credential.type' });
      await assert.rejects(setConnector(ctx, secretKey, { ...google, credential: 'ya29.a0AfH6SM' }), { where: 'credential', message: /is not JSON/ });
      assert.equal(await ctx.db.selectFrom('connectors').select('system_id').executeTakeFirst(), undefined);

      await setConnector(ctx, secretKey, github);
      await removeConnector(ctx, 'github');
      assert.equal((await loadSystem(ctx, 'github')).accountsFrom, 'import');
      assert.deepEqual((await eventsOf(ctx, 'github')).map((e) => e.action).slice(-2), ['accounts.connector.set', 'accounts.connector.removed']);
      await assert.rejects(pullAccounts(ctx, secretKey, { systemId: 'github' }), { code: 'not_found', message: 'GitHub has no connector: its accounts arrive as file imports' });
      await assert.rejects(removeConnector(ctx, 'github'), { code: 'not_found' });

      await retireSystem(ctx, { id: 'github', reason: 'Moved to GitLab' });
      await assert.rejects(setConnector(ctx, secretKey, github), { code: 'conflict', message: /^GitHub was retired on \d{4}-\d\d-\d\d; its accounts are no longer reviewed$/ });
      await ensureGroundworkSystem(ctx);
      await assert.rejects(setConnector(ctx, secretKey, { ...github, systemId: 'groundwork' }), { code: 'conflict', message: "Groundwork's accounts are its own users: they need no connector" });
    });
  });
}
