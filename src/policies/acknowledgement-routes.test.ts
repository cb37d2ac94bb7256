import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { addUser, signIn, tokenHeaders } from '../../test/identity.ts';
import { publishTemplate } from '../../test/policies.ts';
import { buildApp } from '../http/app.ts';
import { addPerson } from '../people/add-person.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;

async function serve(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  await addPerson(ctx, { name: 'Leo Park', email: 'leo@brightline.example', aliases: ['leo.park@brightline.example'], kind: 'employee', startOn: '2026-01-05' });
  await addPerson(ctx, { name: 'Ana Ruiz', email: 'ana@ruiz.design', kind: 'contractor', startOn: '2026-02-02', endOn: '2026-08-31' });
  const security = await publishTemplate(ctx, 'information-security');
  const orientation = await publishTemplate(ctx, 'security-orientation');
  return { clock, workspace, app, security, orientation, close: async () => (await app.close(), await workspace.close()) };
}

for (const engine of engines) {
  describe(`acknowledgements over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('a member reads what they owe and acknowledges it; a user outside the directory is told why nothing is asked', async (t) => {
      const { workspace, app, security, orientation, close } = await serve(engine.name);
      t.after(close);
      // Leo signs in with the alias his Groundwork account uses.
      const leo = await signIn(app, workspace, await addUser(workspace, 'member', { email: 'leo.park@brightline.example' }));
      const mine = await app.inject({ url: '/api/account/acknowledgements', headers: leo.headers });
      assert.equal(mine.statusCode, 200, mine.body);
      const owed = mine.json();
      assert.deepEqual(owed.person, { id: owed.person.id, name: 'Leo Park', email: 'leo@brightline.example', kind: 'employee' });
      assert.deepEqual(owed.outstanding.map((p: { policyId: string; version: number; sha256: string }) => [p.policyId, p.version, p.sha256]), [
        ['information-security', 1, security.latest.sha256],
        ['security-orientation', 1, orientation.latest.sha256],
      ]);
      assert.match(owed.outstanding[1].html, /<h2>Your accounts and passwords<\/h2>/);

      const acknowledge = (payload: object) => app.inject({ method: 'POST', url: '/api/account/acknowledgements', headers: leo.headers, payload });
      const stale = await acknowledge({ policyId: 'information-security', version: 1, sha256: orientation.latest.sha256 });
      assert.deepEqual([stale.statusCode, stale.json().where], [409, 'sha256']);
      assert.match(stale.json().detail, /changed since you opened it/);
      const extra = await acknowledge({ policyId: 'information-security', version: 1, sha256: security.latest.sha256, personId: 'ana@ruiz.design' });
      assert.deepEqual([extra.statusCode, extra.json().where], [400, 'body.personId'], 'a member acknowledges only for themselves');
      const done = await acknowledge({ policyId: 'information-security', version: 1, sha256: security.latest.sha256 });
      assert.equal(done.statusCode, 201, done.body);
      assert.deepEqual(done.json(), { personId: owed.person.id, policyId: 'information-security', version: 1, sha256: security.latest.sha256, acknowledgedAt: '2026-03-02T15:00:00.000Z', via: 'session' });
      const again = await acknowledge({ policyId: 'information-security', version: 1, sha256: security.latest.sha256 });
      assert.deepEqual([again.statusCode, again.json().detail], [409, 'Leo Park already acknowledged version 1 of Information Security Policy on 2026-03-02']);
      const after = (await app.inject({ url: '/api/account/acknowledgements', headers: leo.headers })).json();
      assert.deepEqual([after.outstanding.map((p: { policyId: string }) => p.policyId), after.acknowledged.map((p: { policyId: string; via: string }) => [p.policyId, p.via])], [['security-orientation'], [['information-security', 'session']]]);

      const stranger = await signIn(app, workspace, await addUser(workspace, 'reviewer', { email: 'dana@brightline.example' }));
      assert.deepEqual((await app.inject({ url: '/api/account/acknowledgements', headers: stranger.headers })).json(), { person: null, outstanding: [], acknowledged: [] });
      const refused = await app.inject({ method: 'POST', url: '/api/account/acknowledgements', headers: stranger.headers, payload: { policyId: 'information-security', version: 1, sha256: security.latest.sha256 } });
      assert.deepEqual([refused.statusCode, refused.json().detail], [404, 'dana@brightline.example is not in the people directory, so no policy asks you to acknowledge it; an admin adds you to the directory first']);
    });

    test('tracking: the matrix, its CSV and the progress on the policy list, for those who may read people', async (t) => {
      const { workspace, app, security, close } = await serve(engine.name);
      t.after(close);
      const leo = await signIn(app, workspace, await addUser(workspace, 'member', { email: 'leo@brightline.example' }));
      await app.inject({ method: 'POST', url: '/api/account/acknowledgements', headers: leo.headers, payload: { policyId: 'information-security', version: 1, sha256: security.latest.sha256 } });
      const reviewer = await tokenHeaders(workspace, 'reviewer', 'read');

      const rows = (await app.inject({ url: '/api/acknowledgements', headers: reviewer })).json().rows;
      assert.deepEqual(rows.map((r: { name: string; policyId: string; status: string }) => [r.name, r.policyId, r.status]), [
        ['Ana Ruiz', 'information-security', 'outstanding'],
        ['Ana Ruiz', 'security-orientation', 'outstanding'],
        ['Leo Park', 'information-security', 'acknowledged'],
        ['Leo Park', 'security-orientation', 'outstanding'],
      ]);
      const outstanding = (await app.inject({ url: '/api/acknowledgements?outstanding=true&policy=information-security', headers: reviewer })).json().rows;
      assert.deepEqual(outstanding.map((r: { email: string }) => r.email), ['ana@ruiz.design']);
      const bad = await app.inject({ url: '/api/acknowledgements?outstanding=yes', headers: reviewer });
      assert.deepEqual([bad.statusCode, bad.json().where], [400, 'querystring.outstanding']);
      assert.equal((await app.inject({ url: '/api/acknowledgements', headers: leo.headers })).statusCode, 403, 'a member does not see who has acknowledged what');

      const csv = await app.inject({ url: '/api/acknowledgements.csv?outstanding=true', headers: reviewer });
      assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(csv.headers['content-disposition'], 'attachment; filename="acknowledgements-outstanding-2026-03-02.csv"');
      assert.deepEqual(csv.body.split('\n').map((line) => line.split(',').slice(0, 7).join(',')), [
        'name,email,kind,engagement,policy,title,status',
        'Ana Ruiz,ana@ruiz.design,contractor,active,information-security,Information Security Policy,outstanding',
        'Ana Ruiz,ana@ruiz.design,contractor,active,security-orientation,Security orientation,outstanding',
        'Leo Park,leo@brightline.example,employee,active,security-orientation,Security orientation,outstanding',
        '',
      ]);

      const list = (await app.inject({ url: '/api/policies', headers: leo.headers })).json();
      assert.deepEqual(list.acknowledgements, {
        people: 2,
        complete: 0,
        percent: 0,
        policies: [
          { policyId: 'information-security', owed: 2, acknowledged: 1 },
          { policyId: 'security-orientation', owed: 2, acknowledged: 0 },
        ],
      });
    });

    test('an admin sends a link; its person acknowledges without signing in; a used or made-up link is refused, then the address backs off', async (t) => {
      const { clock, workspace, app, security, orientation, close } = await serve(engine.name);
      t.after(close);
      const admin = await tokenHeaders(workspace, 'admin');
      const member = await tokenHeaders(workspace, 'member');
      assert.equal((await app.inject({ method: 'POST', url: '/api/acknowledgement-links', headers: member, payload: { person: 'ana@ruiz.design' } })).statusCode, 403);
      const unknown = await app.inject({ method: 'POST', url: '/api/acknowledgement-links', headers: admin, payload: { person: 'ana@elsewhere.example' } });
      assert.deepEqual([unknown.statusCode, unknown.json().where], [404, 'person']);
      const created = await app.inject({ method: 'POST', url: '/api/acknowledgement-links', headers: admin, payload: { person: 'ana@ruiz.design' } });
      assert.equal(created.statusCode, 201, created.body);
      const { url, expiresAt, person } = created.json();
      assert.match(url, new RegExp(`^${workspace.config.publicUrl}/acknowledge/gwa_[\\w-]{43}$`));
      assert.deepEqual([expiresAt, person.name], ['2026-03-16T15:00:00.000Z', 'Ana Ruiz']);
      const token = url.split('/').at(-1);

      const page = await app.inject({ url: `/api/acknowledgement-links/${token}` });
      assert.equal(page.statusCode, 200, page.body);
      const view = page.json();
      assert.deepEqual([view.workspace, view.person, view.expiresAt], ['Brightline Analytics', { name: 'Ana Ruiz' }, expiresAt]);
      assert.deepEqual(view.outstanding.map((p: { policyId: string }) => p.policyId), ['information-security', 'security-orientation']);
      assert.ok(!('email' in view.person), 'the link shows a name, nothing more about the person');

      const items = [
        { policyId: 'information-security', version: 1, sha256: security.latest.sha256 },
        { policyId: 'security-orientation', version: 1, sha256: orientation.latest.sha256 },
      ];
      const done = await app.inject({ method: 'POST', url: `/api/acknowledgement-links/${token}`, payload: { acknowledgements: items } });
      assert.equal(done.statusCode, 200, done.body);
      assert.deepEqual(done.json().acknowledged.map((a: { policyId: string; via: string }) => [a.policyId, a.via]), [['information-security', 'link'], ['security-orientation', 'link']]);

      const invalid = 'this link is not valid or has expired; ask whoever sent it for a new one';
      const used = await app.inject({ method: 'POST', url: `/api/acknowledgement-links/${token}`, payload: { acknowledgements: items } });
      assert.deepEqual([used.statusCode, used.json().detail], [404, invalid]);
      for (const guess of ['gwa_a', 'gwa_b', 'gwa_c', 'gwa_d']) {
        const answer = await app.inject({ url: `/api/acknowledgement-links/${guess}` });
        assert.deepEqual([answer.statusCode, answer.json().detail], [404, invalid], 'a made-up token gets the same answer as a used one');
      }
      const fresh = (await app.inject({ method: 'POST', url: '/api/acknowledgement-links', headers: admin, payload: { person: 'leo@brightline.example' } })).json().url.split('/').at(-1);
      const throttled = await app.inject({ url: `/api/acknowledgement-links/${fresh}` });
      assert.deepEqual([throttled.statusCode, throttled.headers['retry-after']], [429, '30'], 'five invalid links from one address: it waits, even with a good link');
      clock.advance(31_000);
      assert.equal((await app.inject({ url: `/api/acknowledgement-links/${fresh}` })).statusCode, 200);
    });
  });
}
