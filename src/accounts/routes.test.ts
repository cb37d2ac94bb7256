import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { addPerson } from '../people/add-person.ts';
import { addSystem } from '../systems/add-system.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/accounts', name));
const plainAccounts = fixture('plain-accounts.csv');
const idsOf = (body: { accounts: { externalId: string }[] }) => body.accounts.map((a) => a.externalId);

async function brightline(engine: (typeof engines)[number]['name']) {
  const clock = manualClock('2026-07-10T12:00:00Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  const ctx = workspace.context({ type: 'cli', id: 'test@localhost' });
  await addPerson(ctx, { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', startOn: '2025-01-06' });
  await addPerson(ctx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', startOn: '2025-01-06' });
  await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'maya@brightline.example', classification: 'confidential' });
  await addSystem(ctx, { name: 'GitHub', category: 'code-repository', owner: 'maya@brightline.example', classification: 'confidential' });
  return { workspace, app, admin: await tokenHeaders(workspace, 'admin') };
}

for (const engine of engines) {
  describe(`a system's accounts over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an admin uploads an export, reads its accounts with their flags, filters them, maps one and downloads them as CSV; a reviewer reads; a member gets nothing', async (t) => {
      const { workspace, app, admin } = await brightline(engine.name);
      t.after(async () => (await app.close(), await workspace.close()));
      const upload = (query: string, body: Buffer, headers: object = admin) =>
        app.inject({ method: 'POST', url: `/api/systems/acme-crm/accounts/import?${query}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: body });

      const none = await app.inject({ url: '/api/systems/acme-crm/accounts', headers: admin });
      assert.deepEqual([none.statusCode, none.json().detail], [404, 'Acme CRM has no accounts yet: import its list first']);

      const imported = await upload('file=crm-users.csv&asOf=2026-07-09T18:00:00%2B02:00', plainAccounts);
      assert.equal(imported.statusCode, 201, imported.body);
      assert.deepEqual([imported.json().number, imported.json().format, imported.json().accounts, imported.json().asOf], [1, 'plain-csv', 4, '2026-07-09T16:00:00.000Z']);
      assert.deepEqual(imported.json().sources, [{ name: 'crm-users.csv', bytes: plainAccounts.length, sha256: createHash('sha256').update(plainAccounts).digest('hex') }]);

      const list = await app.inject({ url: '/api/systems/acme-crm/accounts', headers: admin });
      assert.equal(list.statusCode, 200, list.body);
      const byId = new Map(list.json().accounts.map((a: { externalId: string }) => [a.externalId, a]));
      assert.deepEqual(
        [...byId.values()].map((a: any) => [a.externalId, a.person?.name ?? null, a.flags.map((f: { id: string }) => f.id)]),
        [
          ['svc-42', null, ['no_mfa', 'stale_credential']],
          ['u-1003', null, []],
          ['u-1001', 'Maya Chen', ['privileged', 'privileged_daily_use', 'stale_credential']],
          ['u-1002', 'Lee Park', ['never_used']],
        ],
      );
      assert.deepEqual((byId.get('svc-42') as any).flags[1], {
        id: 'stale_credential',
        reason: 'a key or token last rotated 2025-11-01, 250 days before the list (rotate within 90)',
        inputs: { credentialRotatedAt: '2025-11-01T00:00:00.000Z', asOf: '2026-07-09T16:00:00.000Z', credentialMaxAgeDays: 90 },
      });
      assert.deepEqual([list.json().total, list.json().counts.stale_credential, list.json().counts.orphan], [4, 2, 0]);

      const stale = await app.inject({ url: '/api/systems/acme-crm/accounts?flag=stale_credential', headers: admin });
      assert.deepEqual([idsOf(stale.json()), stale.json().total], [['svc-42', 'u-1001'], 2]);
      const both = await app.inject({ url: '/api/systems/acme-crm/accounts?flag=stale_credential&flag=no_mfa', headers: admin });
      assert.deepEqual(idsOf(both.json()), ['svc-42']);
      const page = await app.inject({ url: '/api/systems/acme-crm/accounts?offset=1&limit=2&search=BRIGHTLINE', headers: admin });
      assert.deepEqual([idsOf(page.json()), page.json().total], [['u-1002'], 2]);
      const unknownFlag = await app.inject({ url: '/api/systems/acme-crm/accounts?flag=stale', headers: admin });
      assert.deepEqual([unknownFlag.statusCode, unknownFlag.json().where], [400, 'querystring.flag']);
      assert.equal((await app.inject({ url: '/api/systems/acme-crm/accounts?limit=1001', headers: admin })).statusCode, 400);

      // The deploy bot is Lee's: remembered by the system's id for the account.
      const mapped = await app.inject({ method: 'PUT', url: '/api/systems/acme-crm/accounts/svc-42/mapping', headers: admin, payload: { person: 'lee@brightline.example' } });
      assert.equal(mapped.statusCode, 200, mapped.body);
      assert.deepEqual([mapped.json().person.name, mapped.json().matchedBy], ['Lee Park', 'mapping']);
      const unknownAccount = await app.inject({ method: 'PUT', url: '/api/systems/acme-crm/accounts/u-9/mapping', headers: admin, payload: { person: 'lee@brightline.example' } });
      assert.deepEqual([unknownAccount.statusCode, unknownAccount.json().where], [404, 'externalId']);

      // A display name a spreadsheet would run stays text in the CSV.
      const withFormula = Buffer.concat([plainAccounts, Buffer.from('u-1004,nina@brightline.example,nina,"=HYPERLINK(""https://evil.example"")",Member,false,true,2026-07-08,2025-05-01,active,human,\n')]);
      assert.equal((await upload('file=crm-users.csv', withFormula)).statusCode, 201);
      const csv = await app.inject({ url: '/api/systems/acme-crm/accounts.csv', headers: admin });
      assert.equal(csv.statusCode, 200, csv.body);
      assert.match(csv.headers['content-type'] as string, /^text\/csv/);
      assert.equal(csv.headers['content-disposition'], 'attachment; filename="acme-crm-accounts-2.csv"');
      const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
      const row = (id: string) => rows.find((r) => r.external_id === id)!;
      assert.deepEqual([row('svc-42').person_email, row('svc-42').matched_by, row('svc-42').flags], ['lee@brightline.example', 'mapping', 'no_mfa;stale_credential']);
      assert.match(row('svc-42').flag_reasons ?? '', /^no_mfa: the system reports no second factor on this account; stale_credential: a key or token last rotated 2025-11-01/);
      assert.deepEqual([row('u-1004').display_name, row('u-1004').flags], ['\'=HYPERLINK("https://evil.example")', 'orphan']);
      assert.equal(rows.length, 5);

      const snapshots = await app.inject({ url: '/api/systems/acme-crm/snapshots', headers: admin });
      assert.deepEqual(snapshots.json().snapshots.map((s: { number: number; accounts: number }) => [s.number, s.accounts]), [[2, 5], [1, 4]]);

      const settings = await app.inject({ method: 'PATCH', url: '/api/access-review-settings', headers: admin, payload: { dormantAfterDays: 30 } });
      assert.deepEqual(settings.json(), { dormantAfterDays: 30, credentialMaxAgeDays: 90 });
      assert.equal((await app.inject({ method: 'PATCH', url: '/api/access-review-settings', headers: admin, payload: { dormantAfterDays: 0 } })).statusCode, 400);

      const reviewer = await tokenHeaders(workspace, 'reviewer');
      assert.equal((await app.inject({ url: '/api/systems/acme-crm/accounts?flag=dormant', headers: reviewer })).json().total, 0);
      assert.deepEqual((await app.inject({ url: '/api/access-review-settings', headers: reviewer })).json(), { dormantAfterDays: 30, credentialMaxAgeDays: 90 });
      assert.equal((await upload('file=crm-users.csv', plainAccounts, reviewer)).statusCode, 403);
      const member = await tokenHeaders(workspace, 'member');
      for (const url of ['/api/systems/acme-crm/accounts', '/api/systems/acme-crm/accounts.csv', '/api/systems/acme-crm/snapshots', '/api/access-review-settings', '/api/account-formats']) {
        assert.equal((await app.inject({ url, headers: member })).statusCode, 403, url);
      }
      const refused = await upload('file=crm-users.csv', plainAccounts, member);
      assert.deepEqual([refused.statusCode, refused.json().detail], [403, 'the member role may not do this (accounts manage)']);
      assert.equal((await app.inject({ method: 'PUT', url: '/api/systems/acme-crm/accounts/svc-42/mapping', headers: member, payload: { person: null } })).statusCode, 403);
    });

    test('the files of one export travel as one body; a bad file or upload names the file, line and field and changes nothing', async (t) => {
      const { workspace, app, admin } = await brightline(engine.name);
      t.after(async () => (await app.close(), await workspace.close()));
      const upload = (system: string, query: string, body: Buffer) =>
        app.inject({ method: 'POST', url: `/api/systems/${system}/accounts/import?${query}`, headers: { ...admin, 'content-type': 'application/octet-stream' }, payload: body });
      const snapshots = async (system: string) => (await app.inject({ url: `/api/systems/${system}/snapshots`, headers: admin })).json().snapshots.map((s: { number: number }) => s.number);

      // The members list in two pages, the owners and the 2FA-disabled list: one import, told apart by their names.
      const github = ['github-members-page-1.json', 'github-members-page-2.json', 'github-admins.json', 'github-2fa-disabled.json'].map((name) => ({ name, bytes: fixture(name) }));
      const query = `${github.map((f) => `file=${f.name}`).join('&')}&${github.slice(0, -1).map((f) => `bytes=${f.bytes.length}`).join('&')}`;
      const imported = await upload('github', query, Buffer.concat(github.map((f) => f.bytes)));
      assert.equal(imported.statusCode, 201, imported.body);
      assert.deepEqual([imported.json().format, imported.json().accounts], ['github-org', 5]);
      assert.deepEqual(imported.json().sources.map((s: { name: string; sha256: string }) => [s.name, s.sha256]), github.map((f) => [f.name, createHash('sha256').update(f.bytes).digest('hex')]));
      const flagged = await app.inject({ url: '/api/systems/github/accounts?flag=privileged', headers: admin });
      assert.deepEqual(flagged.json().accounts.map((a: { userName: string }) => a.userName), ['maya-chen', 'octocat']);
      const noMfa = await app.inject({ url: '/api/systems/github/accounts?flag=no_mfa', headers: admin });
      assert.deepEqual(noMfa.json().accounts.map((a: { userName: string }) => a.userName), ['sam-okafor']);

      assert.equal((await upload('acme-crm', 'file=crm.csv', plainAccounts)).statusCode, 201);
      const badLine = Buffer.from(`${plainAccounts.toString().trimEnd()}\nu-1005,zoe@brightline.example,zoe,Zoe Ma,Member,maybe,true,,,active,human,\n`);
      const bad = await upload('acme-crm', 'file=crm.csv', badLine);
      assert.deepEqual([bad.statusCode, bad.json().code, bad.json().where, bad.json().detail], [400, 'invalid_input', 'crm.csv line 6: privileged', '"maybe" is not true or false']);
      const junk = await upload('acme-crm', 'file=logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]));
      assert.deepEqual([junk.statusCode, junk.json().where], [400, 'logo.png']);
      assert.match(junk.json().detail, /^logo\.png is not a text file/);
      const short = await upload('acme-crm', `file=crm.csv&file=more.csv&bytes=${plainAccounts.length + 10}`, plainAccounts);
      assert.deepEqual([short.statusCode, short.json().where, short.json().detail], [400, 'crm.csv', `the upload ended after ${plainAccounts.length} of the ${plainAccounts.length + 10} bytes of crm.csv`]);
      const long = await upload('acme-crm', `file=crm.csv&bytes=10`, plainAccounts);
      assert.deepEqual([long.statusCode, long.json().where], [400, 'body']);
      const sizes = await upload('acme-crm', 'file=a.csv&file=b.csv', plainAccounts);
      assert.deepEqual([sizes.statusCode, sizes.json().where], [400, 'querystring.bytes']);
      const twice = await upload('acme-crm', `file=crm.csv&file=crm.csv&bytes=${plainAccounts.length}`, Buffer.concat([plainAccounts, plainAccounts]));
      assert.deepEqual([twice.statusCode, twice.json().where], [400, 'querystring.file']);
      const folder = await upload('acme-crm', 'file=../crm.csv', plainAccounts);
      assert.deepEqual([folder.statusCode, folder.json().where], [400, 'querystring.file']);
      const json = await app.inject({ method: 'POST', url: '/api/systems/acme-crm/accounts/import?file=crm.csv', headers: admin, payload: { content: 'x' } });
      assert.deepEqual([json.statusCode, json.json().where], [400, 'body']);
      const older = await upload('acme-crm', 'file=crm.csv&asOf=2026-01-01T00:00:00Z', plainAccounts);
      assert.deepEqual([older.statusCode, older.json().where], [409, 'asOf']);
      assert.equal((await upload('zoom', 'file=crm.csv', plainAccounts)).statusCode, 404);

      assert.deepEqual(await snapshots('acme-crm'), [1]);
      const events = await workspace.store.db.selectFrom('evidence_events').select('subject_id').where('action', '=', 'accounts.snapshot.imported').execute();
      assert.deepEqual(events.map((e) => e.subject_id).sort(), ['acme-crm', 'github']);
    });
  });
}
