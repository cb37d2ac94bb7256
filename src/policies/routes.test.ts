import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';

for (const engine of engines) {
  describe(`policy templates over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('anyone signed in lists the templates, day-one first, and previews one filled in', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const headers = await tokenHeaders(workspace, 'member', 'read');

      const list = await app.inject({ url: '/api/policy-templates', headers });
      assert.equal(list.statusCode, 200, list.body);
      const templates = list.json().templates as { id: string; tier: string | null; criteria: { id: string; title: string }[] }[];
      assert.equal(templates.length, 16);
      assert.deepEqual(templates.slice(0, 5).map((t) => t.tier), ['day-one', 'day-one', 'day-one', 'day-one', 'day-one']);
      const access = templates.find((t) => t.id === 'access-control')!;
      assert.deepEqual(access.criteria[0], { id: 'CC6.1', title: 'Logical access security, authentication and encryption' });
      assert.ok(!('text' in access), 'the list carries no text');

      const preview = await app.inject({ url: '/api/policy-templates/access-control', headers });
      assert.equal(preview.statusCode, 200, preview.body);
      assert.doesNotMatch(preview.json().markdown, /\{\{/);
      assert.match(preview.json().markdown, /by the end of the person's last working day/);
      assert.match(preview.json().markdown, /How My company gives, reviews and removes access/, 'the workspace’s own name');
      assert.match(preview.json().html, /<h2>Giving access<\/h2>/);

      const unknown = await app.inject({ url: '/api/policy-templates/travel-policy', headers });
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().where, 'templateId');
      assert.match(unknown.json().detail, /^there is no template "travel-policy"/);
    });
  });
}
