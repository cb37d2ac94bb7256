import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crmReadyForReview, importCrmAfter } from '../../test/access-review.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { createTestSite, engines } from '../../test/engines.ts';
import { addUser } from '../../test/identity.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['review', ...args], env);
const today = () => new Date().toISOString().slice(0, 10);

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `review ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

for (const engine of engines) {
  describe(`groundwork review on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: start, decide --as the reviewer, status, remediate, sign off, close and report; mistakes are usage errors', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      let workspace = await site.open();
      await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
      await addUser(workspace, 'reviewer', { email: 'dana@brightline.example' });
      await addUser(workspace, 'admin', { email: 'sam@brightline.example' });
      await crmReadyForReview(workspace, today());
      await workspace.close();

      assert.match(await ok(['status'], env), /^no review is open: start one with `groundwork review start --system ID`$/m);
      assert.equal(JSON.parse(await ok(['status', '--json'], env)), null);
      const noSystem = await groundwork(['start', '--json'], env);
      assert.deepEqual([noSystem.code, JSON.parse(noSystem.stdout).error.where], [2, '--system']);
      const badReviewer = await groundwork(['start', '--system', 'acme-crm', '--reviewer', 'dana@brightline.example'], env);
      assert.deepEqual([badReviewer.code, /--reviewer is SYSTEM=EMAIL/.test(badReviewer.stderr)], [2, true]);

      const started = JSON.parse(await ok(['start', '--system', 'acme-crm', '--json'], env));
      assert.deepEqual([started.systems[0].reviewer, started.systems[0].items, started.systems[0].ownAccounts, started.systems[0].stage], ['dana@brightline.example', 5, 1, 'deciding']);
      const id = started.id as string;
      const decide = (args: string[]) => groundwork(['decide', id, '--system', 'acme-crm', ...args], env);

      const nobody = await decide(['--account', 'u-3', '--revoke', '--reason', 'contract ended', '--json']);
      assert.deepEqual([nobody.code, JSON.parse(nobody.stdout).error.where], [2, 'as']);
      const twoDecisions = await decide(['--account', 'u-3', '--keep', '--revoke', '--as', 'dana@brightline.example']);
      assert.deepEqual([twoDecisions.code, /choose one decision, not --keep and --revoke/.test(twoDecisions.stderr)], [2, true]);
      const own = await decide(['--account', 'u-4', '--keep', '--reason', 'I need it', '--as', 'dana@brightline.example']);
      assert.deepEqual([own.code, own.stderr], [1, 'groundwork: u-4 is your own account: another admin decides it\n']);

      const revoked = await decide(['--account', 'u-3', '--revoke', '--reason', 'contract ended', '--as', 'dana@brightline.example']);
      assert.deepEqual([revoked.code, revoked.stdout], [0, 'acme-crm: 1 account decided revoke\n']);
      assert.deepEqual(JSON.parse((await decide(['--all-undecided', '--flag', 'privileged', '--keep', '--reason', 'admins by role', '--as', 'dana@brightline.example', '--json'])).stdout), { decided: 2 });
      assert.equal((await decide(['--account', 'u-2', '--change', '--reason', 'remove the Member role', '--as', 'dana@brightline.example'])).code, 0);
      assert.equal((await decide(['--account', 'u-4', '--change', '--reason', 'make read-only', '--as', 'sam@brightline.example'])).code, 0);

      assert.match(await ok(['items', id, '--system', 'acme-crm', '--flag', 'no_mfa'], env), /^account\s+name\s+person\s+flags\s+decision\s+reason\s+by\n-+.*\nu-3\s+Old Contractor\s+-\s+no_mfa, dormant, orphan\s+revoke\s+contract ended\s+dana@brightline.example$/m);
      const status = JSON.parse(await ok(['status', id, '--json'], env));
      assert.deepEqual([status.systems[0].stage, status.systems[0].decided, status.systems[0].remediation], ['remediating', { keep: 2, revoke: 1, change: 2 }, { confirmed: 0, excepted: 0, open: 3 }]);
      assert.match(await ok(['status'], env), /\nacme-crm\s+remediating\s+dana@brightline.example\s+5\s+4\s+0\s+2\s+1\s+2\s+0 done, 0 excepted, 3 open\s+\d{4}-\d{2}-\d{2}\n\nacme-crm: remediate the revocations and changes, then import the list again/);

      workspace = await site.open();
      await importCrmAfter(workspace, today());
      await workspace.close();
      assert.match(await ok(['except', id, '--system', 'acme-crm', '--account', 'u-2', '--reason', 'vendor ticket 4411', '--as', 'dana@brightline.example'], env), /^u-2: exception recorded\nAcme CRM: signing-off; remediation 2 done, 1 excepted, 0 open\n$/);
      const signedOff = await ok(['sign-off', id, '--system', 'acme-crm', '--as', 'dana@brightline.example', '--json'], env);
      assert.equal(JSON.parse(signedOff).systems[0].stage, 'signed-off');
      assert.match(await ok(['close', id], env), /: closed on \d{4}-\d{2}-\d{2}/);
      assert.match(await ok(['report', id], env), /\n {2}u-3\s+revoke\s+contract ended\s+confirmed\s+not on the after list\n/);
      assert.match(await ok(['report', id, '--csv'], env), /^system,account,email,name,person,flags,decision,reason,decided_by,decided_at,remediation,after_status,exception\n[\s\S]*\nacme-crm,u-3,old@contractor\.example,Old Contractor,,no_mfa;dormant;orphan,revoke,contract ended,dana@brightline\.example,[^,]+,confirmed,not on the after list,\n/);
    });

    test('against a remote server, as the token’s user: the owner starts, the reviewer decides without --as, a member is refused', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      const maya = remote(await tokenSecret(workspace, 'owner', 'read-write', { email: 'maya@brightline.example' }));
      const dana = remote(await tokenSecret(workspace, 'reviewer', 'read-write', { email: 'dana@brightline.example' }));
      await crmReadyForReview(workspace, today());

      const id = JSON.parse(await ok(['start', '--system', 'acme-crm', '--json'], maya)).id as string;
      assert.match(await ok(['list'], dana), new RegExp(`^id\\s+quarter\\s+status\\s+systems\\s+started\\s+closed\\n-+.*\\n${id}\\s+\\d{4}-Q\\d\\s+open\\s+acme-crm\\s`));
      const withAs = await groundwork(['decide', id, '--system', 'acme-crm', '--account', 'u-3', '--revoke', '--reason', 'contract ended', '--as', 'sam@brightline.example', '--json'], dana);
      assert.deepEqual([withAs.code, JSON.parse(withAs.stdout).error.where], [2, '--as']);
      assert.deepEqual(JSON.parse(await ok(['decide', id, '--system', 'acme-crm', '--account', 'u-3', '--revoke', '--reason', 'contract ended', '--json'], dana)), { decided: 1 });
      const rest = await groundwork(['decide', id, '--system', 'acme-crm', '--all-undecided', '--keep', '--reason', 'fine', '--json'], dana);
      assert.deepEqual(JSON.parse(rest.stdout), { decided: 3 }, 'every undecided account but her own');
      const page = JSON.parse(await ok(['items', id, '--system', 'acme-crm', '--undecided', '--json'], dana));
      assert.deepEqual([page.total, page.items.map((i: { externalId: string }) => i.externalId)], [1, ['u-4']]);
      const status = JSON.parse(await ok(['status', '--json'], dana));
      assert.deepEqual([status.id, status.systems[0].decided], [id, { keep: 3, revoke: 1, change: 0 }]);
      const member = await groundwork(['status'], remote(await tokenSecret(workspace, 'member')));
      assert.deepEqual([member.code, /the member role may not do this \(reviews read\)/.test(member.stderr)], [1, true]);
      const early = await groundwork(['close', id], maya);
      assert.deepEqual([early.code, /not every system is signed off: Acme CRM \(deciding\)/.test(early.stderr)], [1, true]);
    });
  });
}
