import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';

type Headers = { authorization: string };

const LIST = `PBC#,TSC,Request,Due By,Auditor Notes
HC-01,CC1.1,"Code of conduct and acknowledgements, sample of 5 hires",07/10/2026,
HC-02,CC6.2,All new hires in the period,07/10/2026,
CC6.2/03,AC-06,Disable timestamps for the sampled leavers,07/24/2026,after HC-02
`;

for (const engine of engines) {
  describe(`audit requests over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an owner sets the window, imports the list with a mapped column and answers; the auditor reads everything, each view recorded, and changes nothing', async (t) => {
      const clock = manualClock('2026-07-13T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      await updateWorkspace(workspace.context({ type: 'cli', id: 'test' }), { name: 'Brightline Analytics', timeZone: 'America/New_York' });
      const maya = await tokenHeaders(workspace, 'owner', 'read-write', { email: 'maya@brightline.example' });
      const sam = await tokenHeaders(workspace, 'admin', 'read-write', { email: 'sam@brightline.example' });
      const jo = await tokenHeaders(workspace, 'auditor', 'read-write', { email: 'jo@harborcpa.example', accessFrom: '2026-07-01', accessUntil: '2026-09-30' });
      const dana = await tokenHeaders(workspace, 'reviewer', 'read-write', { email: 'dana@brightline.example' });
      const get = (url: string, headers: Headers) => app.inject({ url: `/api${url}`, headers });
      const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload: object | undefined, headers: Headers) => app.inject({ method, url: `/api${url}`, headers, payload });
      const views = async () =>
        (await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', 'in', ['audits.viewed', 'identity.auditor.viewed']).orderBy('seq').execute()).map((e) => [e.action, e.actor_id, e.subject_type, e.subject_id, JSON.parse(e.data)]);

      assert.deepEqual((await get('/audits/window', maya)).json(), { window: null });
      const window = await send('PUT', '/audits/window', { from: '2026-01-01', to: '2026-06-30', firm: 'Harbor CPA' }, maya);
      assert.deepEqual([window.statusCode, window.json().window.firm], [200, 'Harbor CPA']);
      const backwards = await send('PUT', '/audits/window', { from: '2026-07-01', to: '2026-06-30' }, sam);
      assert.deepEqual([backwards.statusCode, backwards.json().where], [400, 'to']);

      const file = { fileName: 'harbor-pbc.csv', csv: LIST, dateFormat: 'MM/DD/YYYY' };
      const headers = (await send('POST', '/audits/requests/import/headers', file, sam)).json();
      assert.deepEqual([headers.missing, headers.columns.map((c: { header: string }) => c.header)], [['id'], ['TSC', 'Request', 'Due By']]);
      const unmapped = await send('POST', '/audits/requests/import/preview', file, sam);
      assert.deepEqual([unmapped.statusCode, unmapped.json().where], [400, 'harbor-pbc.csv line 1']);
      const preview = await send('POST', '/audits/requests/import/preview', { ...file, columns: { id: 'PBC#' } }, sam);
      assert.equal(preview.statusCode, 200, preview.body);
      assert.deepEqual([preview.json().new.map((r: { id: string }) => r.id), preview.json().ignoredColumns], [['HC-01', 'HC-02', 'CC6.2/03'], ['Auditor Notes']]);
      const imported = await send('POST', '/audits/requests/import', { ...file, columns: { id: 'PBC#' }, sha256: preview.json().sha256 }, sam);
      assert.deepEqual([imported.statusCode, imported.json().new.length], [200, 3]);

      const note = await send('POST', '/audits/requests/HC-02/links', { kind: 'note', text: 'See the population of hires' }, sam);
      assert.deepEqual([note.statusCode, note.json().status], [201, 'answered']);
      const population = await send('POST', '/audits/requests/HC-02/links', { kind: 'population', population: 'hires' }, sam);
      assert.deepEqual(population.json().links[1].href, '/api/exports/populations/hires.csv?from=2026-01-01&to=2026-06-30');
      const uploaded = await send('POST', `/audits/requests/${encodeURIComponent('CC6.2/03')}/links`, { kind: 'file', file: { name: 'leavers.txt', contentBase64: Buffer.from('ana: disabled 2026-03-02 09:14').toString('base64') } }, sam);
      assert.deepEqual([uploaded.statusCode, uploaded.json().id, uploaded.json().links[0].attachment.fileName], [201, 'CC6.2/03', 'leavers.txt']);
      assert.equal((await send('DELETE', '/audits/requests/HC-02/links/1', undefined, sam)).json().answers, 1);
      assert.equal((await send('POST', '/audits/requests/HC-02/links', { kind: 'rumour' }, sam)).json().where, 'body.kind');
      assert.equal((await get('/audits/requests/HC-99', sam)).statusCode, 404);
      assert.deepEqual(await views(), [], 'owners and admins reading leave no view events');

      // The auditor: everything read, each view recorded with what it showed.
      assert.deepEqual((await get('/audits/window', jo)).json().window.from, '2026-01-01');
      const list = (await get('/audits/requests?status=overdue', jo)).json();
      assert.deepEqual([list.today, list.counts, list.requests.map((r: { id: string }) => r.id)], ['2026-07-13', { open: 0, overdue: 1, answered: 2, total: 3 }, ['HC-01']]);
      const detail = (await get(`/audits/requests/${encodeURIComponent('CC6.2/03')}`, jo)).json();
      assert.deepEqual([detail.control.controls.map((c: { id: string }) => c.id), detail.control.criteria.map((c: { id: string }) => c.id)], [['AC-06'], []]);
      assert.equal((await get('/audits/requests/import/columns', jo)).statusCode, 200);
      assert.deepEqual(await views(), [
        ['audits.viewed', 'jo@harborcpa.example', 'audit_window', '1', { window: { from: '2026-01-01', to: '2026-06-30', firm: 'Harbor CPA' } }],
        ['audits.viewed', 'jo@harborcpa.example', 'audit_requests', 'audit_requests', { status: 'overdue', counts: { open: 0, overdue: 1, answered: 2, total: 3 }, requests: ['HC-01'] }],
        ['audits.viewed', 'jo@harborcpa.example', 'audit_request', 'CC6.2/03', { status: 'answered', links: [1] }],
        ['identity.auditor.viewed', 'jo@harborcpa.example', 'route', '/api/audits/requests/import/columns', { url: '/api/audits/requests/import/columns' }],
      ]);

      // Read-only: every change is refused before anything is written.
      const events = await workspace.store.db.selectFrom('evidence_events').select('seq').execute();
      for (const [method, url, payload] of [
        ['PUT', '/audits/window', { from: '2026-01-01', to: '2026-12-31' }],
        ['POST', '/audits/requests/import/preview', { ...file, columns: { id: 'PBC#' } }],
        ['POST', '/audits/requests/import', { ...file, columns: { id: 'PBC#' }, sha256: preview.json().sha256 }],
        ['POST', '/audits/requests/HC-01/links', { kind: 'note', text: 'accepted' }],
        ['DELETE', '/audits/requests/HC-02/links/2', undefined],
      ] as const) {
        const refused = await send(method, url, payload, jo);
        assert.deepEqual([refused.statusCode, refused.json().detail], [403, 'the auditor role may not do this (audits manage)'], `${method} ${url}`);
      }
      assert.deepEqual(await workspace.store.db.selectFrom('evidence_events').select('seq').execute(), events);
      assert.equal((await get('/audits/requests', dana)).statusCode, 403, 'a reviewer does not see the audit');
    });
  });
}
