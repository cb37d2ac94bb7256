import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/hr-export.csv'), 'utf8');

async function server(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  await updateWorkspace(workspace.context({ type: 'cli', id: 'test@localhost' }), { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  const admin = await tokenHeaders(workspace, 'admin');
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = admin) => app.inject({ method, url, headers, payload });
  return { workspace, app, admin, call, close: async () => (await app.close(), await workspace.close()) };
}

const maya = { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', title: 'Chief Executive Officer', department: 'Leadership', startOn: '2025-01-06' };

for (const engine of engines) {
  describe(`the people directory over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('add, list, read by email or alias, change and refuse a return of someone still here; readers read, members get 403', async (t) => {
      const { workspace, call, close } = await server(engine.name);
      t.after(close);
      assert.equal((await call('POST', '/api/people', maya)).statusCode, 201);
      const added = await call('POST', '/api/people', { name: 'Priya Raman', email: 'Priya@Brightline.example', aliases: ['p.raman@brightline.example'], kind: 'employee', title: 'Data Engineer', manager: 'maya@brightline.example', startOn: '2026-03-16' });
      assert.equal(added.statusCode, 201, added.body);
      assert.deepEqual(added.json().current.manager, { id: added.json().current.manager.id, name: 'Maya Chen', email: 'maya@brightline.example' });

      const reviewer = await tokenHeaders(workspace, 'reviewer');
      const list = (await call('GET', '/api/people', undefined, reviewer)).json().people;
      assert.deepEqual(list.map((p: { email: string; current: { status: string; manager: { name: string } | null } }) => [p.email, p.current.status, p.current.manager?.name ?? null]), [
        ['maya@brightline.example', 'active', null],
        ['priya@brightline.example', 'pre-hire', 'Maya Chen'],
      ]);
      assert.ok(!('engagements' in list[0]), 'the list carries the current engagement only');
      assert.deepEqual((await call('GET', '/api/people?status=pre-hire', undefined, reviewer)).json().people.map((p: { name: string }) => p.name), ['Priya Raman']);
      const detail = await call('GET', '/api/people/p.raman%40brightline.example', undefined, reviewer);
      assert.deepEqual([detail.statusCode, detail.json().email, detail.json().engagements.length, detail.json().current.pastEndDate, detail.json().current.onboarding], [200, 'priya@brightline.example', 1, false, null]);
      assert.equal((await call('GET', '/api/people/nobody%40brightline.example', undefined, reviewer)).statusCode, 404);

      const changed = await call('PATCH', `/api/people/${added.json().id}`, { title: 'Senior Data Engineer', department: 'Engineering' });
      assert.deepEqual([changed.statusCode, changed.json().current.title, changed.json().current.department, changed.json().current.manager.email], [200, 'Senior Data Engineer', 'Engineering', 'maya@brightline.example']);
      const back = await call('POST', '/api/people/maya%40brightline.example/engagements', { kind: 'contractor', startOn: '2026-04-01', endOn: '2026-12-31' });
      assert.deepEqual([back.statusCode, back.json().detail], [409, 'Maya Chen is active, not departed: only someone who left starts a new engagement']);

      const member = await tokenHeaders(workspace, 'member');
      assert.equal((await call('GET', '/api/people', undefined, member)).statusCode, 403);
      assert.equal((await call('POST', '/api/people', { ...maya, email: 'sam@brightline.example' }, reviewer)).statusCode, 403);
      assert.equal((await call('POST', '/api/people/import/preview', { fileName: 'hr.csv', csv: fixture }, reviewer)).statusCode, 403);
    });

    test('bad input is a 400 naming the field, a refused change a 409, and nothing is written', async (t) => {
      const { call, close } = await server(engine.name);
      t.after(close);
      await call('POST', '/api/people', maya);
      const refused = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
        const response = await call(method, url, payload);
        return [response.statusCode, response.json().where, response.json().detail];
      };
      const diego = { name: 'Diego Alvarez', email: 'diego@alvarez.dev', kind: 'contractor', startOn: '2026-02-02' };
      assert.deepEqual(await refused('POST', '/api/people', diego), [400, 'endOn', 'a contractor needs an end date: their access is time-bounded']);
      assert.deepEqual(await refused('POST', '/api/people', { ...diego, endOn: '2026-01-31' }), [400, 'endOn', 'the end date 2026-01-31 is before the start date 2026-02-02']);
      assert.deepEqual((await refused('POST', '/api/people', { ...diego, endOn: '2026-06-31' })).slice(0, 2), [400, 'body.endOn']);
      assert.deepEqual((await refused('POST', '/api/people', { ...diego, kind: 'consultant', endOn: '2026-06-30' })).slice(0, 2), [400, 'body.kind']);
      assert.deepEqual((await refused('POST', '/api/people', { ...diego, endOn: '2026-06-30', salary: 1 })).slice(0, 2), [400, 'body.salary']);
      assert.deepEqual(await refused('PATCH', '/api/people/maya%40brightline.example', { kind: 'contractor', endOn: '2026-12-31' }), [409, 'kind', 'Maya Chen is an employee; a change to contractor is a new engagement: offboard, then onboard again']);
      assert.deepEqual(await refused('PATCH', '/api/people/maya%40brightline.example', { manager: 'zoe@brightline.example' }), [400, 'manager', 'the manager zoe@brightline.example is not in the directory; add them first']);
      const people = (await call('GET', '/api/people')).json().people;
      assert.deepEqual(people.map((p: { email: string; current: { title: string } }) => [p.email, p.current.title]), [['maya@brightline.example', 'Chief Executive Officer']]);
    });

    test('an HR export is previewed, then imported by its SHA-256; a bad file is a 400 naming the line and column', async (t) => {
      const { call, close } = await server(engine.name);
      t.after(close);
      await call('POST', '/api/people', maya);
      const columns = (await call('GET', '/api/people/import/columns')).json();
      assert.deepEqual(columns.columns.find((c: { field: string }) => c.field === 'manager').headers, ['Manager Email', 'Manager', 'Supervisor Email', 'Reports To Email', 'Manager Work Email']);
      assert.ok(columns.kinds.contractor.includes('1099'));

      const preview = await call('POST', '/api/people/import/preview', { fileName: 'hr-export.csv', csv: fixture });
      assert.equal(preview.statusCode, 200, preview.body);
      const { sha256, new: added, changed, unchanged, left } = preview.json();
      assert.deepEqual([added.length, changed.length, unchanged.length, left.length], [6, 0, 1, 1]);
      assert.equal((await call('GET', '/api/people')).json().people.length, 1, 'the preview wrote nothing');

      const stale = await call('POST', '/api/people/import', { fileName: 'hr-export.csv', csv: `${fixture}\n`, sha256 });
      assert.deepEqual([stale.statusCode, stale.json().where], [409, 'sha256']);
      const applied = await call('POST', '/api/people/import', { fileName: 'hr-export.csv', csv: fixture, sha256 });
      assert.equal(applied.statusCode, 200, applied.body);
      assert.equal((await call('GET', '/api/people')).json().people.length, 7);

      const bad = await call('POST', '/api/people/import/preview', { fileName: 'new-hires.csv', csv: 'Name,Work Email,Employment Type,Start Date,End Date\nZoe Ma,zoe@brightline.example,Contractor,2026-04-01,2026-03-01\n' });
      assert.deepEqual([bad.statusCode, bad.json().where, bad.json().detail], [400, 'new-hires.csv line 2: End Date', 'new-hires.csv has a problem; nothing was imported:\n  line 2: End Date: the end date 2026-03-01 is before the start date 2026-04-01']);
      const noCsv = await call('POST', '/api/people/import/preview', { fileName: 'hr.csv' });
      assert.deepEqual([noCsv.statusCode, noCsv.json().where], [400, 'body.csv']);
    });
  });
}
