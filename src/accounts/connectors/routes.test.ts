import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../../test/engines.ts';
import { fakeGithubApi, simpleUser } from '../../../test/fakes/github-api.ts';
import { tokenHeaders } from '../../../test/identity.ts';
import { buildApp } from '../../http/app.ts';

const token = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
const github = { name: 'GitHub', category: 'code-repository', owner: 'CTO', classification: 'confidential' };

for (const engine of engines) {
  describe(`connectors over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an admin sets a GitHub connector and pulls; a reviewer sees it without its token; a member gets nothing', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      const fake = await fakeGithubApi({ login: 'brightline', id: 84_210_337, token, members: [simpleUser('maya-chen', 1_204_001), simpleUser('lee-park', 1_204_002)], admins: ['maya-chen'], without2fa: [], credentialAuthorizations: null });
      t.after(async () => (await fake.close(), await app.close(), await workspace.close()));
      const admin = await tokenHeaders(workspace, 'admin');
      const reviewer = await tokenHeaders(workspace, 'reviewer');
      const member = await tokenHeaders(workspace, 'member');
      assert.equal((await app.inject({ method: 'POST', url: '/api/systems', headers: admin, payload: github })).statusCode, 201);
      const body = { kind: 'github', settings: { organization: 'brightline', apiUrl: fake.url }, credential: token };

      const set = await app.inject({ method: 'PUT', url: '/api/systems/github/connector', headers: admin, payload: body });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual(Object.keys(set.json()).sort(), ['kind', 'settings', 'systemId', 'updatedAt', 'updatedBy']);
      assert.ok(!set.body.includes(token));
      const unknownField = await app.inject({ method: 'PUT', url: '/api/systems/github/connector', headers: admin, payload: { ...body, settings: { ...body.settings, team: 'core' } } });
      assert.deepEqual([unknownField.statusCode, unknownField.json().where], [400, 'body.settings.team']);
      const gitlab = await app.inject({ method: 'PUT', url: '/api/systems/github/connector', headers: admin, payload: { ...body, kind: 'gitlab' } });
      assert.deepEqual([gitlab.statusCode, gitlab.json().where], [400, 'body.kind']);
      const badOrganization = await app.inject({ method: 'PUT', url: '/api/systems/github/connector', headers: admin, payload: { ...body, settings: { organization: 'bright line' } } });
      assert.deepEqual([badOrganization.statusCode, badOrganization.json().where], [400, 'settings.organization']);

      const read = await app.inject({ url: '/api/systems/github/connector', headers: reviewer });
      assert.equal(read.statusCode, 200);
      assert.deepEqual(read.json().settings, { organization: 'brightline', apiUrl: fake.url });
      assert.equal((await app.inject({ url: '/api/systems/github/connector', headers: member })).statusCode, 403);
      assert.equal((await app.inject({ method: 'POST', url: '/api/systems/github/pull', headers: reviewer })).statusCode, 403);

      const pulled = await app.inject({ method: 'POST', url: '/api/systems/github/pull', headers: admin });
      assert.equal(pulled.statusCode, 201, pulled.body);
      assert.deepEqual([pulled.json().number, pulled.json().format, pulled.json().accounts], [1, 'github-org', 2]);

      assert.equal((await app.inject({ method: 'DELETE', url: '/api/systems/github/connector', headers: admin })).statusCode, 204);
      const gone = await app.inject({ url: '/api/systems/github/connector', headers: admin });
      assert.deepEqual([gone.statusCode, gone.json().detail], [404, 'GitHub has no connector: its accounts arrive as file imports']);
    });
  });
}
