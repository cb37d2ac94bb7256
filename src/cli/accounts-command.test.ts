import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { fakeGithubApi, simpleUser } from '../../test/fakes/github-api.ts';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures/accounts');
const fixture = (name: string) => path.join(fixtures, name);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundworkAsync(args, env);
  assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

const githubToken = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
/** Brightline's organisation as GitHub's API serves it: an owner, two developers, one without 2FA. */
const brightlineOrg = {
  login: 'brightline',
  id: 84_210_337,
  token: githubToken,
  members: [simpleUser('maya-chen', 1_204_001), simpleUser('dev-1', 5_000_001), simpleUser('dev-2', 5_000_002)],
  admins: ['maya-chen'],
  without2fa: ['dev-2'],
  credentialAuthorizations: null,
};

const addSystem = (name: string, category: string, env: NodeJS.ProcessEnv) => ok(['systems', 'add', '--name', name, '--category', category, '--owner', 'CTO', '--classification', 'confidential'], env);

for (const engine of engines) {
  describe(`groundwork accounts on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: an export is imported with its SHA-256, listed by flag with the reasons, and a bad file names its line and field', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      await addSystem('Acme CRM', 'customer-facing-admin', env);
      await ok(['people', 'add', '--name', 'Maya Chen', '--email', 'maya@brightline.example', '--kind', 'employee', '--start', '2025-01-06'], env);

      const imported = JSON.parse(await ok(['accounts', 'import', '--system', 'acme-crm', '--as-of', '2026-07-09T16:00:00Z', fixture('plain-accounts.csv'), '--json'], env));
      assert.deepEqual([imported.snapshot.number, imported.snapshot.format, imported.snapshot.accounts, imported.snapshot.asOf], [1, 'plain-csv', 4, '2026-07-09T16:00:00.000Z']);
      assert.deepEqual(imported.snapshot.sources.map((s: { name: string; sha256: string }) => [s.name, s.sha256]), [['plain-accounts.csv', sha256(fixture('plain-accounts.csv'))]]);
      assert.deepEqual([imported.counts.stale_credential, imported.counts.privileged, imported.counts.orphan], [2, 1, 1]);

      const listed = await ok(['accounts', 'list', '--system', 'acme-crm', '--flag', 'stale_credential', '--flag', 'no_mfa'], env);
      assert.match(listed, /^acme-crm: snapshot 1, plain-csv, 4 accounts as of 2026-07-09T16:00:00.000Z; 1 match\n\naccount\s+person\s+status\s+flags\n-+.*\ndeploy-bot\s+-\s+active\s+no_mfa, stale_credential\n/);
      assert.match(listed, /\nWhy:\n {2}deploy-bot\n {4}no_mfa: the system reports no second factor on this account\n {4}stale_credential: a key or token last rotated 2025-11-01, 250 days before the list \(rotate within 90\)\n$/);
      const mine = JSON.parse(await ok(['accounts', 'list', '--system', 'acme-crm', '--search', 'maya', '--json'], env));
      assert.deepEqual([mine.total, mine.accounts[0].person.name, mine.accounts[0].flags.map((f: { id: string }) => f.id)], [1, 'Maya Chen', ['privileged', 'privileged_daily_use', 'stale_credential']]);
      assert.match(await ok(['accounts', 'list', '--system', 'acme-crm', '--csv'], env), /^external_id,email,.*,flags,flag_reasons,source\n/);

      const formats = await ok(['accounts', 'formats'], env);
      assert.match(formats, /^id\s+label\s+files\n/);
      for (const id of ['aws-credential-report', 'github-org', 'google-workspace', 'okta', 'slack-users', 'entra', 'scim2', 'plain-csv']) assert.match(formats, new RegExp(`\\n${id} `));
      assert.match(formats, /\nexternal_id\s+yes\s+the system's own id for the account; each account once\n/);

      const shown = await ok(['systems', 'show', 'acme-crm'], env);
      assert.match(shown, /\n\nacme-crm: snapshot 1, plain-csv, 4 accounts as of 2026-07-09T16:00:00.000Z\nflag\s+accounts\n-+\s+-+\nno_mfa\s+1\n/);

      const bad = path.join(site.config.dataDir, 'crm-export.csv');
      writeFileSync(bad, `${readFileSync(fixture('plain-accounts.csv'), 'utf8')}u-1005,zoe@brightline.example,zoe,Zoe Ma,Member,maybe,true,,,active,human,\n`);
      const refused = await groundworkAsync(['accounts', 'import', '--system', 'acme-crm', bad], env);
      assert.deepEqual([refused.code, refused.stderr], [2, 'groundwork: crm-export.csv line 6: privileged: "maybe" is not true or false\n']);
      const missing = await groundworkAsync(['accounts', 'import', '--system', 'acme-crm', path.join(site.config.dataDir, 'nope.csv'), '--json'], env);
      assert.deepEqual([missing.code, JSON.parse(missing.stdout).error.where], [2, 'nope.csv']);
      const unknownFlag = await groundworkAsync(['accounts', 'list', '--system', 'acme-crm', '--flag', 'stale'], env);
      assert.deepEqual([unknownFlag.code, unknownFlag.stderr.split('\n')[0]], [2, `groundwork: --flag is one of no_mfa, dormant, never_used, leaver_active, contractor_expired, orphan, shared, privileged, privileged_daily_use, stale_credential, standing_oauth_grant, not "stale"`]);
      assert.deepEqual(JSON.parse(await ok(['accounts', 'snapshots', '--system', 'acme-crm', '--json'], env)).snapshots.map((s: { number: number }) => s.number), [1]);
    });

    test('against a remote server: the files stream to it as one upload, a mapping and the settings change there, a member is refused', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      const admin = remote(await tokenSecret(workspace, 'admin'));
      await addSystem('GitHub', 'code-repository', admin);
      await ok(['people', 'add', '--name', 'Sam Okafor', '--email', 'sam@brightline.example', '--kind', 'employee', '--start', '2025-02-01'], admin);

      const files = ['github-members-page-1.json', 'github-members-page-2.json', 'github-admins.json', 'github-2fa-disabled.json'].map(fixture);
      const imported = await ok(['accounts', 'import', '--system', 'github', ...files], admin);
      assert.match(imported, /^github: snapshot 1, github-org, 5 accounts as of \S+\n\nfile\s+bytes\s+sha256\n/);
      for (const file of files) assert.match(imported, new RegExp(`\\n${path.basename(file)}\\s+[\\d,]+\\s+${sha256(file)}\\n`));
      assert.match(imported, /\nno_mfa\s+1\n/);

      const samsLogin = JSON.parse(await ok(['accounts', 'list', '--system', 'github', '--flag', 'no_mfa', '--json'], admin)).accounts[0];
      assert.equal(samsLogin.userName, 'sam-okafor');
      const mapped = await ok(['accounts', 'map', '--system', 'github', '--account', samsLogin.externalId, '--person', 'sam@brightline.example'], admin);
      assert.match(mapped, /^sam-okafor \(\d+\) is Sam Okafor's, by mapping; flags: no_mfa\n$/);
      assert.match(await ok(['accounts', 'settings', '--dormant-days', '30'], admin), /^dormant after {5}30 days without activity\n/);

      const reviewer = remote(await tokenSecret(workspace, 'reviewer', 'read'));
      assert.match(await ok(['accounts', 'list', '--system', 'github', '--csv'], reviewer), /,sam-okafor,/);
      const member = remote(await tokenSecret(workspace, 'member'));
      const refused = await groundworkAsync(['accounts', 'import', '--system', 'github', ...files], member);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /the member role may not do this \(accounts manage\)/);
      const badUpload = await groundworkAsync(['accounts', 'import', '--system', 'github', fixture('github-admins.json'), fixture('github-2fa-disabled.json')], admin);
      assert.deepEqual([badUpload.code, /none of github-admins\.json, github-2fa-disabled\.json is the members list/.test(badUpload.stderr)], [2, true]);
      assert.deepEqual(JSON.parse(await ok(['systems', 'show', 'github', '--json'], reviewer)).snapshot.number, 1);
    });

    test('a GitHub organisation is connected with a token read from a file, pulled into a snapshot here and on a server, and disconnected', async (t) => {
      const github = await fakeGithubApi(brightlineOrg);
      t.after(() => github.close());
      const site = await createTestSite(engine.name);
      const tokenFile = path.join(site.config.dataDir, 'github-token.txt');
      writeFileSync(tokenFile, `${githubToken}\n`);
      const connect = ['accounts', 'connect', '--system', 'github', '--kind', 'github', '--organization', 'brightline', '--api-url', github.url];
      await addSystem('GitHub', 'code-repository', site.env);

      const noToken = await groundworkAsync(connect, site.env);
      assert.deepEqual([noToken.code, noToken.stderr.split('\n')[0]], [2, 'groundwork: --token-file is required']);
      const onCommandLine = await groundworkAsync([...connect, '--token', githubToken], site.env);
      assert.equal(onCommandLine.code, 2, 'a token is never an argument');
      assert.match(await ok([...connect, '--token-file', tokenFile], site.env), new RegExp(`^github: accounts pulled from github, set by \\S+ at \\S+\n {2}organization +brightline\n {2}apiUrl +${github.url}\n`));
      const pulled = JSON.parse(await ok(['accounts', 'pull', '--system', 'github', '--json'], site.env));
      assert.deepEqual([pulled.snapshot.number, pulled.snapshot.format, pulled.snapshot.accounts, pulled.counts.no_mfa, pulled.counts.privileged], [1, 'github-org', 3, 1, 1]);
      assert.match(await ok(['accounts', 'disconnect', '--system', 'github'], site.env), /^github: connector and credential removed/);
      const gone = await groundworkAsync(['accounts', 'pull', '--system', 'github'], site.env);
      assert.deepEqual([gone.code, /no connector/.test(gone.stderr)], [1, true]);

      const { workspace, remote } = await serverForCli(t, engine.name);
      const admin = remote(await tokenSecret(workspace, 'admin'));
      await addSystem('GitHub', 'code-repository', admin);
      await ok([...connect, '--token-file', tokenFile], admin);
      assert.match(await ok(['accounts', 'pull', '--system', 'github'], admin), /^github: snapshot 1, github-org, 3 accounts as of /);
      const reviewer = await groundworkAsync(['accounts', 'pull', '--system', 'github'], remote(await tokenSecret(workspace, 'reviewer')));
      assert.match(reviewer.stderr, /the reviewer role may not do this \(accounts manage\)/);
    });
  });
}
