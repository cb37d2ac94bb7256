import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { createTestSite, engines, type Workspace } from '../../test/engines.ts';
import { publishTemplate } from '../../test/policies.ts';
import { addPerson } from '../people/add-person.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['policy', ...args], env);

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `policy ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Brightline's directory, an employee and a contractor, and two policies in force. */
async function brightline(workspace: Workspace): Promise<void> {
  const ctx = workspace.context({ type: 'user', id: 'maya@brightline.example' });
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  await addPerson(ctx, { name: 'Leo Park', email: 'leo@brightline.example', kind: 'employee', startOn: '2026-01-05' });
  await addPerson(ctx, { name: 'Ana Ruiz', email: 'ana@ruiz.design', kind: 'contractor', startOn: '2026-02-02', endOn: '2030-08-31' });
  await publishTemplate(ctx, 'information-security');
  await publishTemplate(ctx, 'security-orientation');
}

for (const engine of engines) {
  describe(`groundwork policy acks, ack-link and ack on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: who has acknowledged what, as a table and as CSV, and a link; acknowledging needs a user', async () => {
      const site = await createTestSite(engine.name, { GROUNDWORK_PUBLIC_URL: 'https://groundwork.brightline.example' });
      const workspace = await site.open();
      await brightline(workspace);
      await workspace.close();
      const env = site.env;

      const table = await ok(['acks'], env);
      assert.match(table, /^name\s+email\s+policy\s+status\s+required\s+acknowledged\n-+/);
      assert.match(table, /^Ana Ruiz\s+ana@ruiz\.design\s+information-security\s+outstanding\s+v1$/m);
      assert.equal(table.trim().split('\n').length, 6, 'a header, a rule, two people with two policies each');
      const csv = await ok(['acks', '--outstanding', '--csv'], env);
      assert.equal(csv.split('\n')[0], 'name,email,kind,engagement,policy,title,status,required_version,acknowledged_version,acknowledged_at,via');
      assert.match(csv, /^Leo Park,leo@brightline\.example,employee,active,security-orientation,Security orientation,outstanding,1,,,$/m);

      const link = await ok(['ack-link', '--person', 'ana@ruiz.design'], env);
      assert.match(link, /^send this link to Ana Ruiz \(ana@ruiz\.design\); it works once, until \d{4}-\d\d-\d\dT[\d:.]+Z:\nhttps:\/\/groundwork\.brightline\.example\/acknowledge\/gwa_[\w-]{43}\n$/);
      const noPerson = await groundwork(['ack-link'], env);
      assert.equal(noPerson.code, 2);
      assert.match(noPerson.stderr, /--person is required/);

      const local = await groundwork(['ack', 'information-security'], env);
      assert.equal(local.code, 2);
      assert.match(local.stderr, /on the server the CLI is no one in the people directory, so it acknowledges nothing: send a link \(groundwork policy ack-link --person EMAIL\), sign in/);
      assert.equal(JSON.parse(await ok(['acks', '--outstanding', '--json'], env)).rows.length, 4, 'nothing was acknowledged');
    });

    test('remotely, a member acknowledges as the token’s user, once', async (t) => {
      const server = await serverForCli(t, engine.name);
      await brightline(server.workspace);
      const leo = server.remote(await tokenSecret(server.workspace, 'member', 'read-write', { email: 'leo@brightline.example' }));
      const admin = server.remote(await tokenSecret(server.workspace, 'admin'));

      assert.match(await ok(['ack', 'information-security'], leo), /^acknowledged version 1 of information-security, sha256 [0-9a-f]{64}, at /);
      const again = await groundwork(['ack', 'information-security'], leo);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /Leo Park already acknowledged version 1 of Information Security Policy on \d{4}-\d\d-\d\d/);
      const stranger = await groundwork(['ack', 'security-orientation'], admin);
      assert.match(stranger.stderr, /is not in the people directory, so no policy asks you to acknowledge it/);

      const rows = JSON.parse(await ok(['acks', '--json'], admin)).rows;
      assert.deepEqual(rows.map((r: { email: string; policyId: string; status: string; via: string | null }) => [r.email, r.policyId, r.status, r.via]), [
        ['ana@ruiz.design', 'information-security', 'outstanding', null],
        ['ana@ruiz.design', 'security-orientation', 'outstanding', null],
        ['leo@brightline.example', 'information-security', 'acknowledged', 'session'],
        ['leo@brightline.example', 'security-orientation', 'outstanding', null],
      ]);
      assert.match(await ok(['ack-link', '--person', 'leo@brightline.example'], admin), /\/acknowledge\/gwa_/);
      const forbidden = await groundwork(['acks'], leo);
      assert.equal(forbidden.code, 1);
      assert.match(forbidden.stderr, /the member role may not do this \(people read\)/);
    });
  });
}
