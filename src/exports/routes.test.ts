import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { brightlineSecondQuarter, runVerifier, unpacked, WINDOW } from '../../test/auditor-package.ts';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { publishTemplate } from '../../test/policies.ts';
import { setAuditWindow } from '../audits/set-audit-window.ts';
import { buildApp } from '../http/app.ts';

for (const engine of engines) {
  describe(`the auditor package over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('an auditor in their access window downloads it, and the download is recorded; a bad window is refused before it starts', async (t) => {
      const clock = manualClock('2026-03-02T15:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      const zip = path.join(tmpdir(), `groundwork-http-package-${engine.name}-${process.pid}.zip`);
      const folders: string[] = [];
      t.after(async () => {
        await app.close();
        await workspace.close();
        rmSync(zip, { force: true });
        for (const dir of folders) rmSync(dir, { recursive: true, force: true });
      });
      await publishTemplate(workspace.context({ type: 'cli', id: 'test@localhost' }), 'information-security');
      clock.set('2026-04-10T15:00:00Z');
      const auditor = await tokenHeaders(workspace, 'auditor', 'read', { accessFrom: '2026-04-01', accessUntil: '2026-06-30' });
      const owner = await tokenHeaders(workspace, 'owner');
      const member = await tokenHeaders(workspace, 'member', 'read');
      const get = (query: string, headers: Record<string, string>) => app.inject({ url: `/api/exports/package.zip?${query}`, headers });

      const response = await get('from=2026-01-01&to=2026-03-31', auditor);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['content-type'], 'application/zip');
      assert.equal(response.headers['content-disposition'], 'attachment; filename="auditor-package-2026-01-01-to-2026-03-31.zip"');
      writeFileSync(zip, response.rawPayload);
      const dir = await unpacked(zip);
      folders.push(dir);
      const verdict = await runVerifier(dir);
      assert.equal(verdict.code, 0, verdict.stdout);

      const recorded = async () => workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_id', 'data']).where('action', 'in', ['identity.auditor.viewed', 'exports.package.created']).orderBy('seq').execute();
      // The package is recorded once the last byte is out, just after the response ends.
      for (let i = 0; i < 100 && (await recorded()).length < 2; i++) await sleep(20);
      const [viewed, created] = await recorded();
      assert.deepEqual([viewed?.action, created?.action], ['identity.auditor.viewed', 'exports.package.created']);
      assert.match(viewed!.actor_id, /^auditor-\w+@brightline\.example$/);
      assert.equal(created!.actor_id, viewed!.actor_id, 'the package is recorded as the auditor’s');
      assert.deepEqual(JSON.parse(created!.data).window, { from: '2026-01-01', to: '2026-03-31', timeZone: 'UTC' });

      const refused: [string, number, string | undefined][] = [
        ['from=2026-03-31&to=2026-01-01', 400, 'from'],
        ['from=2026-04-01&to=2026-04-11', 400, 'to'],
        ['from=2026-02-30&to=2026-03-31', 400, 'from'],
        ['from=2026-01-01', 400, 'to'],
        ['from=2024-01-01&to=2026-01-01', 400, 'to'],
      ];
      for (const [query, status, where] of refused) {
        const bad = await get(query, auditor);
        assert.deepEqual([bad.statusCode, bad.json().where], [status, where], `${query}: ${bad.body}`);
      }
      assert.match((await get('from=2026-04-01&to=2026-04-11', owner)).json().detail, /to \(2026-04-11\) is after today \(2026-04-10 in UTC\)/);
      assert.match((await get('from=2024-01-01&to=2026-01-01', owner)).json().detail, /longer than 24 months/);
      assert.equal((await get('from=2026-01-01&to=2026-03-31', member)).statusCode, 403);
      const packages = await workspace.store.db.selectFrom('evidence_events').select('seq').where('action', '=', 'exports.package.created').execute();
      assert.equal(packages.length, 1, 'a refused request makes no package');

      // Without dates: the twelve months to today, then the audit window once it is set, up to today while it runs.
      assert.equal((await get('', auditor)).headers['content-disposition'], 'attachment; filename="auditor-package-2025-04-11-to-2026-04-10.zip"');
      await setAuditWindow(workspace.context({ type: 'cli', id: 'test@localhost' }), { from: '2026-01-01', to: '2026-06-30' });
      assert.equal((await get('', auditor)).headers['content-disposition'], 'attachment; filename="auditor-package-2026-01-01-to-2026-04-10.zip"');
    });

    test('one population as CSV, as an audit request links it; the same rows as in the package', async (t) => {
      const clock = manualClock('2026-01-05T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => {
        await app.close();
        await workspace.close();
      });
      await brightlineSecondQuarter(workspace, clock);
      const auditor = await tokenHeaders(workspace, 'auditor', 'read', { accessFrom: '2026-07-01', accessUntil: '2026-09-30' });
      const get = (file: string, query = `from=${WINDOW.from}&to=${WINDOW.to}`) => app.inject({ url: `/api/exports/populations/${file}?${query}`, headers: auditor });

      const hires = await get('hires.csv');
      assert.equal(hires.statusCode, 200, hires.body);
      assert.equal(hires.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(hires.headers['content-disposition'], `attachment; filename="hires-${WINDOW.from}-to-${WINDOW.to}.csv"`);
      const rows = parse(hires.body, { columns: true }) as Record<string, string>[];
      assert.deepEqual(rows.map((row) => [row.name, row.start_date, row.onboarding]), [['Bo Lindqvist', '2026-05-04', 'complete'], ['Di Moss', '2026-06-01', 'missing']]);

      const people = parse((await get('people.csv')).body, { columns: true }) as Record<string, string>[];
      assert.ok(people.some((row) => row.name === 'Flo Reyes') && !people.some((row) => row.name === 'Eve Sandoval'), 'the directory of the window');

      assert.equal((await get('payroll.csv')).statusCode, 400, 'an unknown population');
      const bad = await get('hires.csv', 'from=2026-06-30&to=2026-04-01');
      assert.deepEqual([bad.statusCode, bad.json().where], [400, 'from']);
      const viewed = await workspace.store.db.selectFrom('evidence_events').select('data').where('action', '=', 'identity.auditor.viewed').execute();
      assert.ok(viewed.some((event) => event.data.includes('/api/exports/populations/hires.csv')), 'the auditor’s download is recorded');
    });
  });
}
