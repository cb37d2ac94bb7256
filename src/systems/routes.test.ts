import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';

const slack = { name: 'Slack', category: 'chat', owner: 'CTO', classification: 'internal', ssoEnforced: true, mfaEnforced: false, sessionTimeoutMinutes: 10080, defaultRole: 'member' };

for (const engine of engines) {
  describe(`the systems inventory over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an admin adds, changes and retires systems; a reviewer reads them; a member gets nothing', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const admin = await tokenHeaders(workspace, 'admin');
      const reviewer = await tokenHeaders(workspace, 'reviewer');
      const member = await tokenHeaders(workspace, 'member');
      const send = (method: 'POST' | 'PATCH', url: string, payload: object, headers = admin) => app.inject({ method, url, headers, payload });

      const added = await send('POST', '/api/systems', slack);
      assert.equal(added.statusCode, 201, added.body);
      assert.deepEqual([added.json().id, added.json().inScope, added.json().retiredAt], ['slack', true, null]);
      assert.equal((await send('POST', '/api/systems', { ...slack, name: 'AWS', category: 'cloud-provider', classification: 'confidential' })).statusCode, 201);

      const badCategory = await send('POST', '/api/systems', { ...slack, name: 'Zoom', category: 'video' });
      assert.deepEqual([badCategory.statusCode, badCategory.json().where], [400, 'body.category']);
      const unknownField = await send('POST', '/api/systems', { ...slack, name: 'Zoom', retired: true });
      assert.deepEqual([unknownField.statusCode, unknownField.json().where], [400, 'body.retired']);
      const taken = await send('POST', '/api/systems', { ...slack, name: 'SLACK' });
      assert.deepEqual([taken.statusCode, taken.json().where, taken.json().detail], [409, 'name', 'the id "slack" is already Slack; choose another name']);

      const changed = await send('PATCH', '/api/systems/slack', { mfaEnforced: true, sessionTimeoutMinutes: null });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual([changed.json().mfaEnforced, changed.json().sessionTimeoutMinutes, changed.json().name], [true, null, 'Slack']);
      const badOwner = await send('PATCH', '/api/systems/slack', { owner: 'cto@' });
      assert.deepEqual([badOwner.statusCode, badOwner.json().where], [400, 'owner']);
      assert.equal((await send('PATCH', '/api/systems/zoom', { mfaEnforced: true })).statusCode, 404);

      const list = await app.inject({ url: '/api/systems', headers: reviewer });
      assert.equal(list.statusCode, 200);
      assert.deepEqual(list.json().systems.map((s: { id: string }) => s.id), ['aws', 'slack']);
      assert.equal((await app.inject({ url: '/api/systems/aws', headers: reviewer })).json().category, 'cloud-provider');
      assert.equal((await send('PATCH', '/api/systems/aws', { owner: 'reviewer' }, reviewer)).statusCode, 403);
      assert.equal((await app.inject({ url: '/api/systems', headers: member })).statusCode, 403);
      assert.equal((await send('POST', '/api/systems', { ...slack, name: 'Zoom' }, member)).statusCode, 403);

      const noReason = await send('POST', '/api/systems/slack/retire', { reason: '' });
      assert.deepEqual([noReason.statusCode, noReason.json().where], [400, 'reason']);
      const retired = await send('POST', '/api/systems/slack/retire', { reason: 'Moved to Microsoft Teams' });
      assert.equal(retired.statusCode, 200, retired.body);
      assert.ok(retired.json().retiredAt);
      assert.equal((await send('POST', '/api/systems/slack/retire', { reason: 'again' })).statusCode, 409);
      assert.deepEqual((await app.inject({ url: '/api/systems', headers: admin })).json().systems.map((s: { id: string; retiredAt: string | null }) => [s.id, s.retiredAt !== null]), [['aws', false], ['slack', true]]);
    });
  });
}
