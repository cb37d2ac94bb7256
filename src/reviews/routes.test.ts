import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crmReadyForReview, importCrmAfter } from '../../test/access-review.ts';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';

type Headers = { authorization: string };

for (const engine of engines) {
  describe(`an access review over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an owner starts it, the reviewer decides, comments, records an exception and signs off after the re-import, the owner closes it; a member gets nothing', async (t) => {
      const clock = manualClock('2026-12-01T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const maya = await tokenHeaders(workspace, 'owner', 'read-write', { email: 'maya@brightline.example' });
      const dana = await tokenHeaders(workspace, 'reviewer', 'read-write', { email: 'dana@brightline.example' });
      const sam = await tokenHeaders(workspace, 'admin', 'read-write', { email: 'sam@brightline.example' });
      const member = await tokenHeaders(workspace, 'member');
      await crmReadyForReview(workspace, '2026-12-01');
      const get = (url: string, headers: Headers = dana) => app.inject({ url: `/api${url}`, headers });
      const post = (url: string, payload: object | undefined, headers: Headers = dana) => app.inject({ method: 'POST', url: `/api${url}`, headers, payload });

      const refused = await post('/reviews', { systems: ['acme-crm'] }, member);
      assert.deepEqual([refused.statusCode, refused.json().detail], [403, 'the member role may not do this (reviews manage)']);
      assert.equal((await post('/reviews', { systems: ['acme-crm'] })).statusCode, 403, 'a reviewer decides but does not start reviews');
      const noReviewer = await post('/reviews', { systems: ['acme-crm'], reviewers: { 'acme-crm': 'leo@brightline.example' } }, maya);
      assert.deepEqual([noReviewer.statusCode, noReviewer.json().where], [400, 'reviewers.acme-crm']);
      const started = await post('/reviews', { systems: ['acme-crm'] }, maya);
      assert.equal(started.statusCode, 201, started.body);
      const id = started.json().id as string;
      const crm = started.json().systems[0];
      assert.deepEqual([started.json().quarter, crm.reviewer, crm.items, crm.flagged, crm.ownAccounts, crm.dueOn, crm.stage, crm.before.number], ['2026-Q4', 'dana@brightline.example', 5, 4, 1, '2026-12-31', 'deciding', 1]);
      assert.deepEqual((await get('/reviews')).json().reviews.map((r: { id: string }) => r.id), [id]);
      assert.equal((await get('/reviews', member)).statusCode, 403);
      assert.equal((await get('/reviews/nope')).statusCode, 404);
      const system = `/reviews/${id}/systems/acme-crm`;

      const noMfa = (await get(`${system}/items?flag=no_mfa`)).json();
      assert.deepEqual([noMfa.total, noMfa.items.map((i: { externalId: string }) => i.externalId), noMfa.items[0].flags.map((f: { id: string }) => f.id)], [1, ['u-3'], ['no_mfa', 'dormant', 'orphan']]);
      const page = (await get(`${system}/items?undecided=true&limit=2`)).json();
      assert.deepEqual([page.total, page.items.map((i: { displayName: string }) => i.displayName)], [5, ['Dana Whitfield', 'Lee Park']]);
      assert.equal(page.items[0].ownAccountOf, 'dana@brightline.example');
      assert.deepEqual((await get(`${system}/items?limit=501`)).json().where, 'querystring.limit');
      assert.deepEqual((await get(`/reviews/${id}/systems/billing/items`)).statusCode, 404);

      const decide = (body: object, headers: Headers = dana) => post(`${system}/decisions`, body, headers);
      const own = await decide({ decision: 'keep', reason: 'I need it', accounts: { ids: ['u-4'] } });
      assert.deepEqual([own.statusCode, own.json().detail], [403, 'u-4 is your own account: another admin decides it']);
      const noReason = await decide({ decision: 'keep', accounts: { ids: ['u-1'] } });
      assert.deepEqual([noReason.statusCode, noReason.json().where, noReason.json().detail], [400, 'reason', 'u-1 is flagged (privileged, privileged_daily_use): say why it stays']);
      assert.deepEqual((await decide({ decision: 'maybe', accounts: { ids: ['u-1'] } })).json().where, 'body.decision');
      assert.deepEqual((await decide({ decision: 'revoke', reason: 'contract ended', accounts: { ids: ['u-3'] } })).json(), { decided: 1 });
      assert.deepEqual((await decide({ decision: 'change', reason: 'remove the Member role', accounts: { ids: ['u-2'] } })).json(), { decided: 1 });
      // Bulk: every undecided privileged account that is not Dana's own.
      assert.deepEqual((await decide({ decision: 'keep', reason: 'admins by role', accounts: { undecided: true, flags: ['privileged'] } })).json(), { decided: 2 });
      assert.deepEqual((await decide({ decision: 'change', reason: 'make read-only', accounts: { ids: ['u-4'] } }, sam)).json(), { decided: 1 });

      const commented = await post(`${system}/items/u-2/comments`, { text: 'ticket IT-31' });
      assert.deepEqual([commented.statusCode, commented.json().author], [201, 'dana@brightline.example']);
      assert.deepEqual((await get(`${system}/items/u-2/comments`)).json().comments, [{ author: 'dana@brightline.example', text: 'ticket IT-31', at: '2026-12-01T14:00:00.000Z' }]);
      assert.equal((await get(`${system}/items/u-9/comments`)).statusCode, 404);

      let review = (await get(`/reviews/${id}`)).json();
      assert.deepEqual([review.systems[0].stage, review.systems[0].decided, review.systems[0].remediation], ['remediating', { keep: 2, revoke: 1, change: 2 }, { confirmed: 0, excepted: 0, open: 3 }]);
      const early = await post(`${system}/sign-off`, undefined);
      assert.deepEqual([early.statusCode, /import the list again after remediation/.test(early.json().detail)], [409, true]);

      clock.set('2026-12-03T14:00:00Z');
      await importCrmAfter(workspace, '2026-12-01');
      review = (await get(`/reviews/${id}`)).json();
      assert.deepEqual([review.systems[0].after.number, review.systems[0].remediation], [2, { confirmed: 2, excepted: 0, open: 1 }]);
      const excepted = await post(`${system}/exceptions`, { externalId: 'u-2', reason: 'the CRM cannot remove the last role; vendor ticket 4411' });
      assert.equal(excepted.statusCode, 204, excepted.body);
      assert.equal((await post(`${system}/sign-off`, undefined, sam)).statusCode, 403);
      const signedOff = await post(`${system}/sign-off`, undefined);
      assert.equal(signedOff.statusCode, 200, signedOff.body);
      assert.deepEqual([signedOff.json().systems[0].stage, signedOff.json().systems[0].signedOffBy], ['signed-off', 'dana@brightline.example']);
      assert.equal((await post(`/reviews/${id}/close`, undefined)).statusCode, 403);
      const closed = await post(`/reviews/${id}/close`, undefined, maya);
      assert.deepEqual([closed.statusCode, closed.json().status], [200, 'closed']);

      const report = (await get(`/reviews/${id}/report`)).json();
      const [crmReport] = report.systems;
      assert.deepEqual([crmReport.occurrence.status, crmReport.before.number, crmReport.after.number, crmReport.decisions.length, crmReport.comments.map((c: { text: string }) => c.text)], ['on_time', 1, 2, 5, ['ticket IT-31']]);
      assert.deepEqual(crmReport.remediation.map((r: { externalId: string; state: string }) => [r.externalId, r.state]), [['u-2', 'excepted'], ['u-3', 'confirmed'], ['u-4', 'confirmed']]);
      const csv = await get(`/reviews/${id}/report.csv`);
      assert.deepEqual([csv.statusCode, csv.headers['content-type'], csv.headers['content-disposition']], [200, 'text/csv; charset=utf-8', 'attachment; filename="access-review-2026-Q4.csv"']);
      assert.match(csv.body, /\nacme-crm,u-3,old@contractor\.example,Old Contractor,,no_mfa;dormant;orphan,revoke,contract ended,dana@brightline\.example,2026-12-01T14:00:00\.000Z,confirmed,not on the after list,\n/);
      assert.equal((await get(`/reviews/${id}/report.csv`, member)).statusCode, 403);
    });
  });
}
