import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['policy', ...args], env);

/** Runs the CLI and expects it to succeed. */
async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `policy ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

for (const engine of engines) {
  describe(`groundwork policy on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: adopt, edit from a file, diff, submit, approve and publish version 2', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      assert.match(await ok(['templates'], env), /^id\s+title\s+tier\s+criteria\n-+[\s\S]*information-security\s+Information Security Policy\s+day-one\s+CC5\.3/);

      const adopted = JSON.parse(await ok(['adopt', 'information-security', '--company', 'Brightline Analytics', '--set', 'securityOwner=the COO', '--json'], env));
      assert.deepEqual([adopted.status, adopted.latest.version], ['draft', 1]);
      assert.match(await ok(['list'], env), /information-security\s+Information Security Policy\s+draft\s+-\s+v1 \(draft\)/);
      const v1 = JSON.parse(await ok(['show', 'information-security', '--json'], env)).version.text as string;
      assert.match(v1, /Brightline Analytics/);
      assert.match(v1, /the COO/);

      const file = path.join(site.config.dataDir, 'information-security.md');
      writeFileSync(file, `${v1}\n\nContractors follow this policy too.\n`);
      assert.match(await ok(['edit', 'information-security', '--file', file], env), /version 2: draft, sha256 [0-9a-f]{64}/);
      const diff = await ok(['diff', 'information-security', '--from', '1', '--to', '2'], env);
      assert.match(diff, /^\+ Contractors follow this policy too\.$/m);
      assert.match(diff, /^ {2}## Purpose$/m);
      assert.doesNotMatch(diff, /^- /m);

      await ok(['submit', 'information-security'], env);
      const v2 = JSON.parse(await ok(['show', 'information-security', '--json'], env)).version;
      const approved = await ok(['approve', 'information-security'], env);
      assert.match(approved, /version 2: approved \(self-approved\)/);
      assert.ok(approved.includes(`sha256 ${v2.sha256}`), 'prints the SHA-256 of the text it approved');
      await ok(['publish', 'information-security'], env);

      const list = await ok(['list'], env);
      assert.match(list, /^id\s+title\s+status\s+published\s+latest\s+self-approved\s+review$/m);
      assert.match(list, /information-security\s+Information Security Policy\s+published\s+v2\s+v2 \(published\)\s+yes\s+policy-review:information-security/);
      const first = await ok(['show', 'information-security', '--version', '1'], env);
      assert.match(first, /^version 1: /m);
      assert.doesNotMatch(first, /Contractors follow/);

      const pack = path.join(site.config.dataDir, 'policies.zip');
      assert.match(await ok(['export', '--out', pack], env), /wrote every published policy as PDF and Markdown to/);
      const zip = readFileSync(pack);
      assert.equal(zip.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
      assert.ok(zip.includes('information-security-v2.pdf') && zip.includes('README.md'), 'the pack names each published version');
      const again = await groundwork(['export', '--out', pack], env);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /already exists; choose another name/);
    });

    test('on the server: a binary file, an unknown blank and a missing file are usage errors naming the problem', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      await ok(['adopt', 'acceptable-use', '--company', 'Brightline Analytics'], env);

      const binary = path.join(site.config.dataDir, 'logo.png');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a]));
      const notText = await groundwork(['edit', 'acceptable-use', '--file', binary], env);
      assert.equal(notText.code, 2);
      assert.match(notText.stderr, /logo\.png is a binary file, not Markdown text/);
      const missing = await groundwork(['edit', 'acceptable-use', '--file', path.join(site.config.dataDir, 'nope.md')], env);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read .*nope\.md: there is no such file/);

      const unknown = await groundwork(['adopt', 'access-control', '--company', 'Brightline Analytics', '--set', 'ceoName=Maya'], env);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /"ceoName" is not a template variable; the variables are companyName, securityOwner/);
      const noCompany = await groundwork(['adopt', 'access-control'], env);
      assert.equal(noCompany.code, 2);
      assert.match(noCompany.stderr, /--company is required/);
      assert.equal(JSON.parse(await ok(['list', '--json'], env)).policies.length, 1, 'nothing else was adopted');
    });

    test('against a remote server with GROUNDWORK_URL and GROUNDWORK_TOKEN, as the token’s user', async (t) => {
      const server = await serverForCli(t, engine.name);
      const { workspace } = server;
      const remote = server.remote(await tokenSecret(workspace, 'admin'));

      assert.deepEqual(JSON.parse(await ok(['list', '--json'], remote)), { policies: [] });
      const adopted = JSON.parse(await ok(['adopt', 'data-retention', '--company', 'Brightline Analytics', '--set', 'logRetention=two years', '--json'], remote));
      assert.equal(adopted.status, 'draft');
      const listed = JSON.parse(await ok(['list', '--json'], remote)).policies;
      assert.deepEqual(listed.map((p: { id: string; status: string }) => [p.id, p.status]), [['data-retention', 'draft']]);
      assert.match(await ok(['show', 'data-retention'], remote), /two years/);

      await ok(['submit', 'data-retention'], remote);
      const approved = JSON.parse(await ok(['approve', 'data-retention', '--json'], remote));
      assert.equal(approved.status, 'approved');
      assert.equal(approved.sha256, adopted.latest.sha256);
      await ok(['publish', 'data-retention'], remote);
      const pack = path.join(server.dataDir, 'remote-pack.zip');
      await ok(['export', '--out', pack], remote);
      assert.ok(readFileSync(pack).includes('data-retention-v1.pdf'), 'the pack comes from the server');

      const events = await workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_id']).where('action', 'like', 'policies.%').orderBy('seq').execute();
      assert.deepEqual(events.map((e) => e.action), ['policies.policy.adopted', 'policies.version.submitted', 'policies.version.approved', 'policies.version.published']);
      assert.ok(events.every((e) => e.actor_id.startsWith('admin-')), 'the remote changes are recorded as the token’s user');
    });
  });
}
