import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { groundworkAsync as groundwork, serverForCli, tokenSecret } from '../../test/cli.ts';
import { addPerson } from '../people/add-person.ts';
import { addSystem } from '../systems/add-system.ts';

for (const engine of engines) {
  describe(`groundwork onboard, offboard and checklist on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: onboard, complete items with proof, offboard involuntarily and by reduction in force', async () => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      const ctx = workspace.context({ type: 'system', id: 'test' });
      await addSystem(ctx, { name: 'GitHub', category: 'code-repository', owner: 'admin', classification: 'confidential', defaultRole: 'member' });
      await addPerson(ctx, { name: 'Leo Park', email: 'leo@studio.example', kind: 'contractor', startOn: '2026-01-05', endOn: '2026-12-31' });
      for (const [name, email] of [['Ana Silva', 'ana@brightline.example'], ['Ben Okafor', 'ben@brightline.example'], ['Cleo Diaz', 'cleo@brightline.example']]) await addPerson(ctx, { name: name!, email: email!, kind: 'employee', startOn: '2025-02-01' });
      await workspace.close();

      const onboarded = await groundwork(['onboard', 'leo@studio.example', '--system', 'github:triage'], site.env);
      assert.equal(onboarded.code, 0, onboarded.stderr);
      assert.match(onboarded.stdout, /Onboarding of Leo Park <leo@studio\.example>, contractor, starting 2026-01-05, ending 2026-12-31/);
      assert.match(onboarded.stdout, /account:github\s+day-one\s+Create the GitHub account with the triage role, expiring 2026-12-31\s+admin/);

      const agreement = path.join(site.config.dataDir, 'agreement.pdf');
      writeFileSync(agreement, '%PDF-1.4\n% contractor agreement\n%%EOF\n');
      const noFile = await groundwork(['checklist', 'done', 'leo@studio.example', 'agreement-signed'], site.env);
      assert.equal(noFile.code, 2);
      assert.match(noFile.stderr, /needs a file: the signed document/);
      const done = await groundwork(['checklist', 'done', 'leo@studio.example', 'agreement-signed', '--file', agreement, '--effective', '2026-01-02T10:00:00Z', '--json'], site.env);
      assert.equal(done.code, 0, done.stderr);
      const item = JSON.parse(done.stdout).items.find((i: { key: string }) => i.key === 'agreement-signed');
      assert.deepEqual([item.effectiveAt, item.attachmentSha256?.length], ['2026-01-02T10:00:00.000Z', 64]);

      const noConversation = await groundwork(['offboard', 'ana@brightline.example', '--at', 'now', '--involuntary'], site.env);
      assert.equal(noConversation.code, 2);
      assert.match(noConversation.stderr, /records when the person is told/);
      const badTime = await groundwork(['offboard', 'ana@brightline.example', '--at', 'tomorrow 5pm'], site.env);
      assert.match(badTime.stderr, /--at "tomorrow 5pm" is not a time such as/);
      const fired = await groundwork(['offboard', 'ana@brightline.example', '--at', '2026-03-02T16:00:00Z', '--involuntary', '--conversation-at', '2026-03-02T17:00:00Z'], site.env);
      assert.equal(fired.code, 0, fired.stderr);
      assert.match(fired.stdout, /Offboarding of Ana Silva <ana@brightline\.example>, involuntary, access ends 2026-03-02T16:00:00\.000Z, told at 2026-03-02T17:00:00\.000Z/);
      assert.match(fired.stdout, /revoke:github\s+access\s+Revoke GitHub access, or confirm there is no account/);

      const rifFile = path.join(site.config.dataDir, 'rif.csv');
      writeFileSync(rifFile, 'email,name\nben@brightline.example,Ben\nnot-an-email,Zed\n');
      const badRif = await groundwork(['offboard', '--rif', rifFile, '--at', 'now'], site.env);
      assert.equal(badRif.code, 2);
      assert.match(badRif.stderr, /rif\.csv line 3: "not-an-email" is not an email address/);
      writeFileSync(rifFile, 'email,name\nben@brightline.example,Ben\ncleo@brightline.example,Cleo\n');
      const rif = await groundwork(['offboard', '--rif', rifFile, '--at', '2026-03-02T22:00:00Z'], site.env);
      assert.equal(rif.code, 0, rif.stderr);
      assert.match(rif.stdout, /2 people offboarded at 2026-03-02T22:00:00\.000Z/);
      const shown = await groundwork(['checklist', 'show', 'cleo@brightline.example', '--json'], site.env);
      assert.equal(JSON.parse(shown.stdout).reason, 'reduction-in-force');
    });

    test('against a remote server, as the token’s user', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      const ctx = workspace.context({ type: 'system', id: 'test' });
      await addPerson(ctx, { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'employee', startOn: '2026-01-05' });
      const admin = await tokenSecret(workspace, 'admin');
      assert.equal((await groundwork(['onboard', 'priya@brightline.example'], remote(admin))).code, 0);
      const admins = await groundwork(['checklist', 'done', 'priya@brightline.example', 'mfa-enrolled', '--json'], remote(admin));
      assert.equal(admins.code, 0, admins.stderr);
      assert.equal(JSON.parse(admins.stdout).items.find((i: { key: string }) => i.key === 'mfa-enrolled').done, true);
    });
  });
}
