import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, type Workspace } from '../../test/engines.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { addPerson } from '../people/add-person.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['asset', ...args], env);

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `asset ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

const addSam = (workspace: Workspace) =>
  addPerson(workspace.context({ type: 'cli', id: 'root@server' }), { name: 'Sam Okafor', email: 'sam@brightline.example', kind: 'employee', startOn: '2025-06-02' });

for (const engine of engines) {
  describe(`groundwork asset on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: add, assign, list, return and show the history; mistakes name the option', async () => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      await addSam(workspace);
      await workspace.close();
      const env = site.env;

      assert.match(await ok(['add', 'BL-0042', '--kind', 'laptop', '--description', 'MacBook Pro 14'], env), /^added BL-0042: laptop, MacBook Pro 14; on the shelf$/m);
      assert.match(await ok(['assign', 'bl-0042', '--person', 'sam@brightline.example', '--at', '2026-01-05T09:00:00Z'], env), /^BL-0042: laptop, MacBook Pro 14; Sam Okafor <sam@brightline.example> since 2026-01-05$/m);
      assert.match(await ok(['list'], env), /^tag\s+kind\s+description\s+holder\s+since\n-+.*\nBL-0042\s+laptop\s+MacBook Pro 14\s+sam@brightline.example\s+2026-01-05$/m);

      const taken = await groundwork(['assign', 'BL-0042', '--person', 'sam@brightline.example'], env);
      assert.deepEqual([taken.code, /BL-0042 is with Sam Okafor/.test(taken.stderr)], [1, true]);
      const badTime = await groundwork(['return', 'BL-0042', '--at', 'yesterday', '--json'], env);
      assert.deepEqual([badTime.code, JSON.parse(badTime.stdout).error.where], [2, '--at']);
      const noKind = await groundwork(['add', 'YK-1'], env);
      assert.deepEqual([noKind.code, /--kind is required/.test(noKind.stderr)], [2, true]);

      assert.match(await ok(['return', 'BL-0042', '--note', 'Battery swollen'], env), /on the shelf: returned$/m);
      const history = JSON.parse(await ok(['show', 'BL-0042', '--json'], env));
      assert.deepEqual(history.assignments.map((a: { email: string; returnNote: string }) => [a.email, a.returnNote]), [['sam@brightline.example', 'Battery swollen']]);
      assert.match(await ok(['show', 'BL-0042'], env), /^person\s+assigned\s+returned\s+note\n-+.*\nSam Okafor <sam@brightline.example>\s+2026-01-05 09:00 by .*Battery swollen$/m);
    });

    test('against a remote server, as the token’s user: an admin hands out a YubiKey, a member is refused', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      await addSam(workspace);
      const admin = remote(await tokenSecret(workspace, 'admin'));
      await ok(['add', 'YK-5C-19022', '--kind', 'hardware-token'], admin);
      await ok(['assign', 'YK-5C-19022', '--person', 'sam@brightline.example', '--at', '2026-01-05T09:00:00Z'], admin);
      const listed = JSON.parse(await ok(['list', '--json'], remote(await tokenSecret(workspace, 'auditor', 'read', { accessFrom: '2020-01-01', accessUntil: '2099-12-31' }))));
      assert.deepEqual(listed.assets.map((a: { tag: string; holder: { email: string } }) => [a.tag, a.holder.email]), [['YK-5C-19022', 'sam@brightline.example']]);
      const member = await groundwork(['list'], remote(await tokenSecret(workspace, 'member')));
      assert.deepEqual([member.code, /the member role may not do this \(people read\)/.test(member.stderr)], [1, true]);
      const recorded = await workspace.store.db.selectFrom('evidence_events').select(['actor_id', 'effective_at']).where('action', '=', 'assets.asset.assigned').execute();
      assert.ok(recorded[0]!.actor_id.startsWith('admin-'), 'recorded as the token’s user');
      assert.equal(recorded[0]!.effective_at, '2026-01-05T09:00:00.000Z');
    });
  });
}
