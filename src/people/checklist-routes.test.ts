import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { addSystem } from '../systems/add-system.ts';
import { addPerson } from './add-person.ts';

for (const engine of engines) {
  describe(`onboarding and offboarding over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an admin onboards with a signed file; the new hire confirms their own item; the report counts it', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const ctx = workspace.context({ type: 'system', id: 'test' });
      await addSystem(ctx, { name: 'GitHub', category: 'code-repository', owner: 'admin', classification: 'confidential', defaultRole: 'member' });
      await addPerson(ctx, { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'employee', startOn: '2026-01-05' });
      const admin = await tokenHeaders(workspace, 'admin');
      const priya = await tokenHeaders(workspace, 'member', 'read-write', { email: 'priya@brightline.example' });
      const other = await tokenHeaders(workspace, 'member', 'read-write', { email: 'sam@brightline.example' });
      const auditor = await tokenHeaders(workspace, 'auditor', 'read', { accessFrom: '2026-01-01', accessUntil: '2099-12-31' });

      assert.equal((await app.inject({ method: 'POST', url: '/api/people/priya@brightline.example/onboarding', headers: priya, payload: {} })).statusCode, 403, 'a member does not start onboardings');
      const started = await app.inject({ method: 'POST', url: '/api/people/priya@brightline.example/onboarding', headers: admin, payload: {} });
      assert.equal(started.statusCode, 201, started.body);
      const checklist = started.json();
      assert.ok(checklist.items.some((i: { key: string; outcomes: string[] }) => i.key === 'account:github' && i.outcomes.join() === 'created,not-needed'));
      const item = (key: string, headers: { authorization: string }, payload: object) => app.inject({ method: 'POST', url: `/api/checklists/${checklist.id}/items/${key}`, headers, payload });

      const nda = await item('nda-signed', admin, { file: { name: 'nda.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') } });
      assert.equal(nda.statusCode, 200, nda.body);
      const sha = nda.json().items.find((i: { key: string }) => i.key === 'nda-signed').attachmentSha256;
      assert.equal((await app.inject({ url: `/api/evidence/attachments/${sha}`, headers: admin })).body, '%PDF-1.4\n%%EOF\n');
      const badTime = await item('offer-signed', admin, { effectiveAt: 'yesterday' });
      assert.deepEqual([badTime.statusCode, badTime.json().where], [400, 'body.effectiveAt']);

      const notMine = await item('has-what-they-need', other, {});
      assert.equal(notMine.statusCode, 403);
      assert.match(notMine.json().detail, /is confirmed by Priya Raman/);
      assert.equal((await item('account:github', priya, {})).statusCode, 403, 'a new hire does not create their own accounts');
      const waiting = (await app.inject({ url: '/api/me/checklist-items', headers: priya })).json();
      assert.deepEqual(waiting.items.map((w: { item: { key: string } }) => w.item.key), ['has-what-they-need'], 'acknowledgement items complete themselves');
      assert.match((await item('security-orientation', priya, {})).json().detail, /completes itself when Priya Raman acknowledges/);
      assert.equal((await item('has-what-they-need', priya, {})).statusCode, 200);
      assert.equal((await item('has-what-they-need', priya, {})).statusCode, 409, 'completing twice');
      assert.equal((await item('has-what-they-need', auditor, {})).statusCode, 403, 'an auditor changes nothing');

      const report = await app.inject({ url: '/api/people/report?last=3', headers: auditor });
      assert.equal(report.statusCode, 200, report.body);
      assert.deepEqual(report.json().hires.map((h: { email: string; done: number }) => [h.email, h.done]), [['priya@brightline.example', 2]]);
      const csv = await app.inject({ url: '/api/people/report.csv?from=2026-01-01&to=2026-03-31', headers: auditor });
      assert.match(csv.headers['content-disposition'] as string, /people-2026-01-01-to-2026-03-31\.csv/);
      assert.match(csv.body, /^population,name,email,kind,title,date,reason,status,/);
      assert.match(csv.body, /\nhire,Priya Raman,priya@brightline\.example,employee,,2026-01-05,,open,2,/);
      const pdf = await app.inject({ url: '/api/people/report.pdf?last=3', headers: auditor });
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const both = await app.inject({ url: '/api/people/report?last=3&from=2026-01-01', headers: auditor });
      assert.deepEqual([both.statusCode, both.json().where], [400, 'last']);
    });

    test('an involuntary offboarding needs the conversation time; a reduction in force takes everyone or no one', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const ctx = workspace.context({ type: 'system', id: 'test' });
      for (const [name, email] of [['Ana Silva', 'ana@brightline.example'], ['Ben Okafor', 'ben@brightline.example']]) await addPerson(ctx, { name: name!, email: email!, kind: 'employee', startOn: '2025-02-01' });
      const admin = await tokenHeaders(workspace, 'admin');
      const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: admin, payload });

      const noConversation = await post('/api/people/ana@brightline.example/offboarding', { terminatesAt: '2026-03-02T17:00:00-05:00', reason: 'involuntary' });
      assert.deepEqual([noConversation.statusCode, noConversation.json().where], [400, 'conversationAt']);
      const unknown = await post('/api/people/reduction-in-force', { people: ['ana@brightline.example', 'nobody@brightline.example'], terminatesAt: '2026-03-02T17:00:00-05:00' });
      assert.deepEqual([unknown.statusCode, unknown.json().where], [404, 'people[1]']);
      const rif = await post('/api/people/reduction-in-force', { people: ['ana@brightline.example', 'ben@brightline.example'], terminatesAt: '2026-03-02T17:00:00-05:00' });
      assert.equal(rif.statusCode, 201, rif.body);
      assert.equal(new Set(rif.json().checklists.map((c: { batchId: string }) => c.batchId)).size, 1);
      const again = await post('/api/people/ben@brightline.example/offboarding', { terminatesAt: '2026-03-02T17:00:00-05:00', reason: 'voluntary' });
      assert.deepEqual([again.statusCode, again.json().detail], [409, 'Ben Okafor is offboarding, not active: only an active person is offboarded']);
    });
  });
}
