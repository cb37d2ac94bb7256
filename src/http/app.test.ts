import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock, testActor } from '../../test/engines.ts';
import { inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { checkpointSignatureValid } from '../evidence/signing-key.ts';
import { storeAttachment } from '../evidence/store-attachment.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { buildApp } from './app.ts';
import { tokenHeaders } from '../../test/identity.ts';

/** An owner's API token (evidence events 1 to 4), then a small quarter of history (5 to 11). */
async function appWithHistory(engine: 'sqlite' | 'postgres') {
  const workspace = await (await createTestSite(engine)).open();
  const headers = await tokenHeaders(workspace, 'owner');
  const clock = manualClock('2026-06-29T20:00:00.000Z');
  const ctx = workspace.context(testActor, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  // 30 June 22:30 in New York is already 1 July in UTC: date filters must use the workspace zone.
  clock.set('2026-07-01T02:30:00.000Z');
  await inTransaction(ctx, async (tx) => {
    const list = await storeAttachment(tx, Buffer.from('%PDF-1.4\n% access review sign-off\n'), 'sign-off.pdf');
    await appendEvent(tx, { action: 'reviews.review.signed_off', subject: { type: 'review', id: 'aws-q2' }, attachments: [list.sha256] });
  });
  for (let i = 1; i <= 5; i++) {
    clock.advance(24 * 3600 * 1000);
    await inTransaction(ctx, (tx) => appendEvent(tx, { action: 'reviews.account.kept', subject: { type: 'account', id: `aws:${i}` } }));
  }
  const app = await buildApp(workspace, { logger: false });
  const get = (url: string) => app.inject({ url, headers });
  return { app, get, headers, workspace, close: async () => (await app.close(), await workspace.close()) };
}

for (const engine of engines) {
  describe(`the HTTP API on ${engine.name}`, { skip: engine.skip }, () => {
    test('health, readiness and security headers', async () => {
      const { app, close } = await appWithHistory(engine.name);
      const health = await app.inject('/healthz');
      assert.equal(health.statusCode, 200);
      assert.equal(health.headers['x-content-type-options'], 'nosniff');
      assert.match(String(health.headers['content-security-policy']), /default-src 'self'/);
      assert.doesNotMatch(String(health.headers['content-security-policy']), /upgrade-insecure-requests/);
      assert.deepEqual((await app.inject('/readyz')).json(), { status: 'ready', engine: engine.name });
      await close();
    });

    test('events page newest first, filter by action and by local effective date', async () => {
      const { get, close } = await appWithHistory(engine.name);
      const first = (await get('/api/evidence?limit=4')).json();
      assert.equal(first.total, 11);
      assert.deepEqual(first.events.map((e: { seq: number }) => e.seq), [11, 10, 9, 8]);
      const second = (await get(`/api/evidence?limit=10&before=${first.nextBefore}`)).json();
      assert.deepEqual(second.events.map((e: { seq: number }) => e.seq), [7, 6, 5, 4, 3, 2, 1]);
      assert.equal(second.nextBefore, null);

      const kept = (await get('/api/evidence?action=reviews.account.kept')).json();
      assert.equal(kept.total, 5);
      const june30 = (await get('/api/evidence?from=2026-06-30&to=2026-06-30')).json();
      assert.deepEqual(june30.events.map((e: { action: string }) => e.action), ['reviews.review.signed_off']);
      await close();
    });

    test('bad input is a problem document naming the field, and unknown API paths are 404 problems', async () => {
      const { app, get, close } = await appWithHistory(engine.name);
      const bad = await get('/api/evidence?limit=0');
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(bad.json().where, 'querystring.limit');
      const badDate = (await get('/api/evidence?from=2026-02-30')).json();
      assert.deepEqual([badDate.status, badDate.where], [400, 'querystring.from']);
      const missing = await get('/api/nothing-here');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().code, 'not_found');
      await close();
    });

    test('a web UI built after the server started is served, assets with their own types', async () => {
      const workspace = await (await createTestSite(engine.name)).open();
      const webDir = mkdtempSync(path.join(tmpdir(), 'groundwork-web-'));
      const app = await buildApp(workspace, { logger: false, webDir });
      const building = await app.inject('/');
      assert.equal(building.statusCode, 503);
      assert.match(building.body, /building its web UI/);

      mkdirSync(path.join(webDir, 'assets'));
      writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
      writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log("groundwork")');
      const script = await app.inject('/assets/app.js');
      assert.equal(script.statusCode, 200);
      assert.match(String(script.headers['content-type']), /javascript/);
      assert.equal(script.body, 'console.log("groundwork")');
      const spaRoute = await app.inject('/evidence?action=reviews.account.kept');
      assert.match(spaRoute.body, /assets\/app\.js/);
      await app.close();
      await workspace.close();
      rmSync(webDir, { recursive: true, force: true });
    });

    test('verify, the public key that checks the signed head, attachments and the OpenAPI document', async () => {
      const { app, get, headers, workspace, close } = await appWithHistory(engine.name);
      assert.deepEqual((await get('/api/evidence/verify')).json(), { ok: true, events: 11, checkpoints: 0, attachments: 1, lastSeq: 11, unsignedTail: 11 });
      const publicKey = createPublicKey((await get('/api/evidence/public-key')).body);
      const head = await workspace.store.db.selectFrom('evidence_head').selectAll().executeTakeFirstOrThrow();
      assert.ok(checkpointSignatureValid(publicKey, head.seq, head.hash, head.signature!));

      const signedOff = (await get('/api/evidence?action=reviews.review.signed_off')).json().events[0];
      const file = await get(`/api/evidence/attachments/${signedOff.attachments[0]}`);
      assert.equal(file.headers['content-type'], 'application/pdf');
      assert.match(file.body, /access review sign-off/);
      assert.equal((await get(`/api/evidence/attachments/${'0'.repeat(64)}`)).statusCode, 404);

      const checkpoint = (await app.inject({ method: 'POST', url: '/api/evidence/checkpoints', headers })).json();
      assert.equal(checkpoint.seq, 11);
      const openapi = (await app.inject('/api/openapi.json')).json();
      assert.ok(openapi.paths['/api/evidence'] && openapi.paths['/api/evidence/verify'], Object.keys(openapi.paths).join(' '));
      await close();
    });
  });
}
