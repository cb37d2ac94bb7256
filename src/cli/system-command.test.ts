import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['system', ...args], env);

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `system ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

for (const engine of engines) {
  describe(`groundwork system on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: add, list, show, update and retire; mistakes are usage errors naming the option', async () => {
      const { env } = await createTestSite(engine.name);
      assert.match(await ok(['list'], env), /^no systems yet/);
      const added = JSON.parse(await ok(['add', '--name', 'Google Workspace', '--category', 'email', '--owner', 'maya@brightline.example', '--classification', 'confidential', '--sso', 'yes', '--session-timeout', '720', '--json'], env));
      assert.deepEqual([added.id, added.ssoEnforced, added.mfaEnforced, added.inScope, added.sessionTimeoutMinutes], ['google-workspace', true, false, true, 720]);
      await ok(['add', '--name', 'Figma', '--category', 'other', '--owner', 'design lead', '--classification', 'internal', '--in-scope', 'no', '--default-role', 'viewer'], env);

      assert.match(await ok(['list'], env), /^id\s+name\s+category\s+owner\s+class\s+scope\s+sso\s+mfa\s+timeout\s+retired\n-+[\s\S]*figma\s+Figma\s+other\s+design lead\s+internal\s+no\s+no\s+no\s+-\n/m);
      assert.match(await ok(['update', 'google-workspace', '--mfa', 'yes', '--session-timeout', 'none'], env), /MFA enforced {4}yes\n {2}session timeout -/);
      assert.match(await ok(['show', 'google-workspace'], env), /^Google Workspace \(google-workspace\)\n {2}category {8}email\n {2}owner {11}maya@brightline.example/);

      const notYesNo = await groundwork(['update', 'figma', '--sso', 'true'], env);
      assert.deepEqual([notYesNo.code, /--sso is yes or no, not "true"/.test(notYesNo.stderr)], [2, true]);
      const nothing = await groundwork(['update', 'figma'], env);
      assert.match(nothing.stderr, /say what changes/);
      const missing = await groundwork(['add', '--name', 'Zoom', '--category', 'chat', '--owner', 'CTO', '--json'], env);
      assert.deepEqual([missing.code, JSON.parse(missing.stdout).error.where], [2, '--classification']);
      const badClass = await groundwork(['add', '--name', 'Zoom', '--category', 'chat', '--owner', 'CTO', '--classification', 'secret', '--json'], env);
      assert.deepEqual([badClass.code, JSON.parse(badClass.stdout).error.where], [2, 'classification']);

      assert.match(await ok(['retire', 'figma', '--reason', 'Design moved to Penpot'], env), /Figma \(figma\): retired on \d{4}-\d{2}-\d{2}/);
      const again = await groundwork(['retire', 'figma', '--reason', 'again'], env);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /Figma was already retired/);
      const unknown = await groundwork(['show', 'slack'], env);
      assert.deepEqual([unknown.code, /no system in the inventory has the id "slack"/.test(unknown.stderr)], [1, true]);
    });

    test('against a remote server, as the token’s user: a reviewer lists, a member is refused, an admin adds', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      const admin = remote(await tokenSecret(workspace, 'admin'));
      await ok(['add', '--name', 'AWS', '--category', 'cloud-provider', '--owner', 'CTO', '--classification', 'confidential', '--mfa', 'yes'], admin);
      const listed = JSON.parse(await ok(['list', '--json'], remote(await tokenSecret(workspace, 'reviewer', 'read'))));
      assert.deepEqual(listed.systems.map((s: { id: string; mfaEnforced: boolean }) => [s.id, s.mfaEnforced]), [['aws', true]]);
      const member = await groundwork(['list'], remote(await tokenSecret(workspace, 'member')));
      assert.equal(member.code, 1);
      assert.match(member.stderr, /the member role may not do this \(systems read\)/);
      const taken = await groundwork(['add', '--name', 'aws', '--category', 'cloud-provider', '--owner', 'CTO', '--classification', 'confidential'], admin);
      assert.match(taken.stderr, /the id "aws" is already AWS/);
      const recorded = await workspace.store.db.selectFrom('evidence_events').select('actor_id').where('action', '=', 'systems.system.added').execute();
      assert.ok(recorded.length === 1 && recorded[0]!.actor_id.startsWith('admin-'), 'recorded as the token’s user');
    });
  });
}
