import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { createTestSite, engines } from '../../test/engines.ts';
import { buildApp } from '../http/app.ts';
import { tokenHeaders } from '../../test/identity.ts';

// Requests run on the real clock, so dates are placed around today (UTC, the default workspace zone).
const today = Temporal.Now.plainDateISO('UTC');

for (const engine of engines) {
  describe(`cadence over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('create an obligation, see it due, complete it, and read its occurrences', async (t) => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      const headers = await tokenHeaders(workspace, 'admin');
      t.after(async () => {
        await app.close();
        await workspace.close();
      });
      const anchorOn = today.subtract({ days: 10 }).toString();
      const firstDue = today.subtract({ days: 10 }).add({ months: 1 }).toString();

      const created = await app.inject({
        method: 'POST',
        url: '/api/obligations',
        headers,
        payload: { id: 'access-review:aws', title: 'Access review: AWS', owner: 'security-lead', subject: { type: 'system', id: 'aws' }, cadence: { every: 'P1M' }, anchorOn },
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().grace, 'P0D');
      assert.equal(created.json().retiredOn, null);

      const due = await app.inject({ method: 'GET', url: '/api/cadence/due', headers });
      assert.equal(due.statusCode, 200);
      assert.deepEqual(
        due.json().due.map((d: { obligation: { id: string }; occurrence: { dueOn: string; status: string } }) => [d.obligation.id, d.occurrence.dueOn, d.occurrence.status]),
        [['access-review:aws', firstDue, 'open']],
      );

      const completed = await app.inject({ method: 'POST', url: '/api/obligations/access-review:aws/completions', headers, payload: { note: 'No changes needed' } });
      assert.equal(completed.statusCode, 201, completed.body);
      assert.equal(completed.json().status, 'on_time');
      assert.equal(completed.json().completion.note, 'No changes needed');
      assert.equal(typeof completed.json().completion.evidenceSeq, 'number');

      const again = await app.inject({ method: 'POST', url: '/api/obligations/access-review:aws/completions', headers, payload: { dueOn: firstDue } });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'conflict');

      const to = today.add({ months: 3 }).toString();
      const occurrences = await app.inject({ method: 'GET', url: `/api/obligations/access-review:aws/occurrences?from=${anchorOn}&to=${to}`, headers });
      assert.equal(occurrences.statusCode, 200);
      const list = occurrences.json().occurrences as { dueOn: string; status: string }[];
      assert.deepEqual(list[0], completed.json());
      assert.deepEqual(list.slice(1).map((o) => o.status), ['upcoming', 'upcoming']);

      const overview = await app.inject({ method: 'GET', url: '/api/obligations', headers });
      assert.equal(overview.statusCode, 200);
      const [only] = overview.json().obligations;
      assert.deepEqual(only.counts, { on_time: 1, late: 0, missed: 0, open: 0 });
      assert.equal(only.nextDue.status, 'upcoming');

      const openapi = await app.inject({ method: 'GET', url: '/api/openapi.json', headers });
      assert.ok(Object.keys(openapi.json().paths).includes('/api/obligations/{id}/completions'));
    });

    test('bad input is a problem document naming the field; unknown obligations are 404', async (t) => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      const headers = await tokenHeaders(workspace, 'admin');
      t.after(async () => {
        await app.close();
        await workspace.close();
      });
      const body = { title: 'Training', owner: 'people-ops', anchorOn: '2026-01-01' };
      const badCadence = await app.inject({ method: 'POST', url: '/api/obligations', headers, payload: { ...body, cadence: { every: 'PT1H' } } });
      assert.equal(badCadence.statusCode, 400);
      assert.equal(badCadence.json().code, 'invalid_input');
      assert.equal(badCadence.json().where, 'cadence.every');

      const badDate = await app.inject({ method: 'POST', url: '/api/obligations', headers, payload: { ...body, cadence: { every: 'P1Y' }, anchorOn: '01/01/2026' } });
      assert.equal(badDate.statusCode, 400);
      assert.equal(badDate.json().where, 'body.anchorOn');

      const missing = await app.inject({ method: 'GET', url: '/api/obligations/nope/occurrences?from=2026-01-01&to=2026-12-31', headers });
      assert.equal(missing.statusCode, 404);
      const noRange = await app.inject({ method: 'GET', url: '/api/obligations/nope/occurrences', headers });
      assert.equal(noRange.statusCode, 400);

      const events = await workspace.store.db.selectFrom('evidence_events').select('action').where('action', 'not like', 'identity.%').execute();
      assert.deepEqual(events, [], 'nothing but the test user’s own sign-up was recorded');
    });
  });
}
