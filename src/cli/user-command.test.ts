import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { groundworkAsync as groundwork, serverForCli, tokenSecret } from '../../test/cli.ts';

const main = path.resolve(import.meta.dirname, 'main.ts');

for (const engine of engines) {
  describe(`groundwork user on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: add prints a single-use invite link, list shows the user, mistakes are usage errors', async () => {
      const site = await createTestSite(engine.name);
      const added = await groundwork(['user', 'add', '--email', 'Maya@Brightline.example', '--role', 'owner', '--name', 'Maya Chen', '--json'], site.env);
      assert.equal(added.code, 0, added.stderr);
      const body = JSON.parse(added.stdout);
      assert.match(body.inviteUrl, /\/invite\/gwi_[\w-]{43}$/);
      assert.equal(body.user.status, 'invited');

      const listed = await groundwork(['user', 'list'], site.env);
      assert.match(listed.stdout, /^email\s+name\s+role\s+status\s+mfa\s+access\n-+/);
      assert.match(listed.stdout, /maya@brightline\.example\s+Maya Chen\s+owner\s+invited\s+no/);

      const noEmail = await groundwork(['user', 'add', '--role', 'admin'], site.env);
      assert.equal(noEmail.code, 2);
      assert.match(noEmail.stderr, /^groundwork: --email is required/);
      const badRole = await groundwork(['user', 'add', '--email', 'sam@brightline.example', '--role', 'superuser'], site.env);
      assert.equal(badRole.code, 2);
      assert.match(badRole.stderr, /"superuser" is not a role; use owner, admin, reviewer, member or auditor/);
      const auditor = await groundwork(['user', 'add', '--email', 'jo@cpa.example', '--role', 'auditor', '--access-from', '2027-01-01', '--access-until', '2026-12-01'], site.env);
      assert.equal(auditor.code, 2);
      assert.match(auditor.stderr, /access ends \(2026-12-01\) before it starts \(2027-01-01\)/);
      const unknownFlag = await groundwork(['user', 'list', '--colour'], site.env);
      assert.equal(unknownFlag.code, 2);
    });

    test('against a remote server with GROUNDWORK_URL and GROUNDWORK_TOKEN, as the token’s user', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      const admin = await tokenSecret(workspace, 'admin');
      const reader = await tokenSecret(workspace, 'auditor', 'read', { accessFrom: '2026-01-01', accessUntil: '2099-12-31' });

      const added = await groundwork(['user', 'add', '--email', 'sam@brightline.example', '--role', 'member', '--json'], remote(admin));
      assert.equal(added.code, 0, added.stderr);
      const owner = await groundwork(['user', 'add', '--email', 'ceo@brightline.example', '--role', 'owner'], remote(admin));
      assert.equal(owner.code, 1);
      assert.match(owner.stderr, /only an owner may add another owner/);
      const listed = JSON.parse((await groundwork(['user', 'list', '--json'], remote(reader))).stdout);
      assert.ok(listed.users.some((u: { email: string }) => u.email === 'sam@brightline.example'));

      const verified = await groundwork(['verify', '--json'], remote(reader));
      assert.equal(verified.code, 0, verified.stderr);
      assert.equal(JSON.parse(verified.stdout).ok, true);
      const readOnly = await groundwork(['checkpoint'], remote(reader));
      assert.equal(readOnly.code, 1);
      assert.match(readOnly.stderr, /this API token is read-only/);
      assert.equal((await groundwork(['checkpoint', '--json'], remote(admin))).code, 0);
      const badToken = await groundwork(['verify'], remote('gwt_not-a-token'));
      assert.match(badToken.stderr, /the API token is not valid/);
      const localOnly = await groundwork(['demo'], remote(admin));
      assert.equal(localOnly.code, 1);
      assert.match(localOnly.stderr, /works on this machine's database only; unset GROUNDWORK_URL/);

      const actors = await workspace.store.db.selectFrom('evidence_events').select('actor_id').where('action', '=', 'identity.user.invited').execute();
      assert.ok(actors.at(-1)!.actor_id.startsWith('admin-'), 'the remote invite is recorded as the token’s user');
    });

    test('serve prints a one-hour setup link while nobody can sign in', async (t) => {
      const site = await createTestSite(engine.name);
      const server = spawn(process.execPath, [main, 'serve', '--json'], { env: { ...process.env, DATABASE_URL: '', ...site.env, PORT: '0' } });
      t.after(() => server.kill('SIGTERM'));
      const started = await new Promise<{ url: string; setupUrl: string }>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk) => {
          out += chunk;
          const line = out.split('\n').find((l) => l.includes('"setupUrl"'));
          if (line) resolve(JSON.parse(line));
        });
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      assert.ok(started.setupUrl.startsWith(`${started.url}/invite/gwi_`), started.setupUrl);
      const invite = await fetch(started.setupUrl.replace('/invite/', '/api/auth/invites/'));
      assert.equal(((await invite.json()) as { kind: string }).kind, 'setup');
    });
  });
}
