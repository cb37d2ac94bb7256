import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { addPerson } from '../people/add-person.ts';

for (const engine of engines) {
  describe(`the asset register over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an admin adds a YubiKey, hands it to Sam and records its return; a reviewer reads the history; a member gets nothing', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      await addPerson(workspace.context({ type: 'cli', id: 'root@server' }), { name: 'Sam Okafor', email: 'sam@brightline.example', kind: 'employee', startOn: '2025-06-02' });
      const admin = await tokenHeaders(workspace, 'admin');
      const reviewer = await tokenHeaders(workspace, 'reviewer');
      const member = await tokenHeaders(workspace, 'member');
      const post = (url: string, payload: object, headers = admin) => app.inject({ method: 'POST', url, headers, payload });

      const added = await post('/api/assets', { kind: 'hardware-token', tag: 'YK-5C-19022', description: 'YubiKey 5C NFC' });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().holder, null);
      const badKind = await post('/api/assets', { kind: 'monitor', tag: 'MON-1' });
      assert.deepEqual([badKind.statusCode, badKind.json().where], [400, 'body.kind']);
      const badTag = await post('/api/assets', { kind: 'laptop', tag: 'BL/0042' });
      assert.deepEqual([badTag.statusCode, badTag.json().where], [400, 'tag']);

      const assigned = await post('/api/assets/yk-5c-19022/assign', { person: 'sam@brightline.example', effectiveAt: '2026-01-05T09:00:00+01:00' });
      assert.equal(assigned.statusCode, 200, assigned.body);
      assert.deepEqual([assigned.json().holder.name, assigned.json().holder.assignedAt], ['Sam Okafor', '2026-01-05T08:00:00.000Z']);
      const again = await post('/api/assets/YK-5C-19022/assign', { person: 'sam@brightline.example' });
      assert.deepEqual([again.statusCode, again.json().where], [409, 'tag']);
      assert.match(again.json().detail, /YK-5C-19022 is with Sam Okafor \(sam@brightline.example\) since 2026-01-05/);
      const nobody = await post('/api/assets/YK-5C-19022/assign', { person: '' });
      assert.deepEqual([nobody.statusCode, nobody.json().where], [400, 'body.person']);

      assert.equal((await post('/api/assets/YK-5C-19022/return', {}, reviewer)).statusCode, 403);
      const returned = await post('/api/assets/YK-5C-19022/return', { note: 'Lost the NFC ring; still works' });
      assert.equal(returned.statusCode, 200, returned.body);
      assert.equal(returned.json().holder, null);
      assert.equal((await post('/api/assets/YK-5C-19022/return', {})).statusCode, 409);

      const list = await app.inject({ url: '/api/assets', headers: reviewer });
      assert.deepEqual(list.json().assets.map((a: { tag: string; holder: unknown }) => [a.tag, a.holder]), [['YK-5C-19022', null]]);
      const history = await app.inject({ url: '/api/assets/YK-5C-19022', headers: reviewer });
      assert.equal(history.statusCode, 200, history.body);
      assert.deepEqual(history.json().assignments.map((a: { email: string; returnNote: string }) => [a.email, a.returnNote]), [['sam@brightline.example', 'Lost the NFC ring; still works']]);
      assert.equal((await app.inject({ url: '/api/assets/NOPE-1', headers: reviewer })).statusCode, 404);

      assert.equal((await app.inject({ url: '/api/assets', headers: member })).statusCode, 403);
      assert.equal((await app.inject({ url: '/api/assets/YK-5C-19022', headers: member })).statusCode, 403);
      assert.equal((await post('/api/assets', { kind: 'badge', tag: 'BADGE-1' }, member)).statusCode, 403);
    });
  });
}
