import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { addUser, directSession } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';

for (const engine of engines) {
  describe(`readiness routes on ${engine.name}`, { skip: engine.skip }, () => {
    test('an auditor reads Type 1, Type 2 and the catalog; only an admin attaches evidence; bad input names its field', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => {
        await app.close();
        await workspace.close();
      });
      const today = new Date().toISOString().slice(0, 10);
      const auditor = await directSession(workspace, await addUser(workspace, 'auditor', { accessFrom: '2020-01-01', accessUntil: '2099-12-31' }));
      const admin = await directSession(workspace, await addUser(workspace, 'admin'));

      const type1 = await app.inject({ method: 'GET', url: '/api/readiness/type1', headers: auditor.headers });
      assert.equal(type1.statusCode, 200, type1.body);
      assert.equal(type1.json().controls.length, 60);
      assert.equal(type1.json().controls[0].control.id, 'GV-01');
      const catalog = (await app.inject({ method: 'GET', url: '/api/controls', headers: auditor.headers })).json();
      assert.equal(catalog.criteria.length, 61);
      assert.equal(catalog.criteria.length - catalog.uncovered.length, 44);

      const file = { name: 'minutes.txt', contentBase64: Buffer.from('Leadership security review: minutes\n').toString('base64') };
      const refused = await app.inject({ method: 'POST', url: '/api/controls/GV-08/evidence', headers: auditor.headers, payload: { file } });
      assert.equal(refused.statusCode, 403);
      const attached = await app.inject({ method: 'POST', url: '/api/controls/GV-08/evidence', headers: admin.headers, payload: { file, note: 'Minutes' } });
      assert.equal(attached.statusCode, 201, attached.body);
      const after = (await app.inject({ method: 'GET', url: '/api/readiness/type1', headers: admin.headers })).json();
      assert.match(after.controls.find((c: { control: { id: string } }) => c.control.id === 'GV-08').inPlace.summary, /1 attachment: minutes\.txt/);

      const future = await app.inject({ method: 'GET', url: '/api/readiness/type1?asOf=2999-01-01', headers: admin.headers });
      assert.equal(future.statusCode, 400);
      assert.equal(future.json().where, 'asOf');
      const backwards = await app.inject({ method: 'GET', url: `/api/readiness/type2?from=${today}&to=2020-01-01`, headers: admin.headers });
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().where, 'to');
    });
  });
}
