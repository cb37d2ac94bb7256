import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { listAuditRequests } from './audit-request.ts';
import { importRequests, previewRequestImport } from './import-requests.ts';
import { linkEvidence } from './link-evidence.ts';
import type { RequestFile } from './read-request-csv.ts';
import { requestFileColumns, sha256Of } from './read-request-csv.ts';
import { requestColumns } from './request-columns.ts';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/audit-request-list.csv'), 'utf8');
const maya = { type: 'user', id: 'maya@brightline.example' } as const;

/** Brightline in July 2026, its Type 2 window just closed, with the first request list from Keel & Marsh to import. */
async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-07-01T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const state = async () => ({
    requests: await workspace.store.db.selectFrom('audit_requests').selectAll().orderBy('id').execute(),
    events: (await workspace.store.db.selectFrom('evidence_events').select('seq').execute()).length,
  });
  const imported = async (file: RequestFile) => importRequests(ctx, { ...file, sha256: sha256Of(file.csv) });
  return { clock, workspace, ctx, state, imported };
}

test('the README lists every column the import reads', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  for (const c of requestColumns) assert.ok(readme.includes(`| ${c.headers[0]} | ${c.headers.slice(1).join(', ')} | ${c.required ? 'yes' : 'no'} | ${c.description} |`), `${c.headers[0]} is in the README's table`);
});

for (const engine of engines) {
  describe(`importing an auditor's request list on ${engine.name}`, { skip: engine.skip }, () => {
    test("the firm's own column names are recognised, other columns ignored, and the preview writes nothing", async (t) => {
      const { workspace, ctx, state } = await site(engine.name);
      t.after(() => workspace.close());
      const before = await state();
      const preview = await previewRequestImport(ctx, { fileName: 'keel-marsh-pbc.csv', csv: fixture });
      assert.deepEqual(preview.columns, [
        { field: 'id', header: 'Ref' },
        { field: 'control', header: 'Control' },
        { field: 'description', header: 'Evidence Requested' },
        { field: 'dueOn', header: 'Due Date' },
      ]);
      assert.deepEqual(preview.ignoredColumns, ['Client Owner', 'Status']);
      assert.equal(preview.rows, 8);
      assert.deepEqual(preview.new.map((r) => [r.line, r.id, r.control, r.dueOn]), [
        [2, 'KM-01', 'CC1.1', '2026-07-10'],
        [3, 'KM-02', 'CC6.2', '2026-07-10'],
        [4, 'KM-03', 'CC6.2', '2026-07-10'],
        [5, 'KM-04', 'CC6.2, CC6.3', '2026-07-17'],
        [6, 'KM-05', 'AC-06', '2026-07-24'],
        [8, 'KM-06', 'CC8.1', '2026-07-17'],
        [9, 'KM-07', null, '2026-07-03'],
        [10, 'KM-08', 'CC9.2-01', '2026-07-24'],
      ]);
      assert.equal(preview.new[4]!.description, 'For the sample of terminations selected from KM-03:\ndisable timestamps for every in-scope system', 'a quoted cell keeps its line break; the next row is on line 8');
      assert.deepEqual(await state(), before);
    });

    test('importing adds every request, reads the controls and criteria each names, and is one evidence event with the SHA-256', async (t) => {
      const { workspace, ctx, state, imported } = await site(engine.name);
      t.after(() => workspace.close());
      const result = await imported({ fileName: 'keel-marsh-pbc.csv', csv: fixture });
      assert.equal(result.new.length, 8);
      const { requests, counts } = await listAuditRequests(ctx);
      assert.deepEqual(counts, { open: 8, overdue: 0, answered: 0, total: 8 });
      const control = (id: string) => requests.find((r) => r.id === id)!.control;
      assert.deepEqual(control('KM-04')!.text, 'CC6.2, CC6.3');
      assert.deepEqual(control('KM-04')!.criteria.map((c) => c.id), ['CC6.2', 'CC6.3']);
      assert.deepEqual([control('KM-05')!.controls.map((c) => c.id), control('KM-05')!.criteria], [['AC-06'], []]);
      assert.deepEqual(control('KM-08')!.criteria.map((c) => c.id), ['CC9.2'], "a firm's numbered test of a criterion names the criterion");
      assert.equal(control('KM-07'), null);

      const events = await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', '=', 'audits.requests.imported').execute();
      assert.equal(events.length, 1);
      const data = JSON.parse(events[0]!.data);
      assert.deepEqual([events[0]!.subject_id, data.sha256, data.fileName, data.rows, data.added.length, data.changed, data.notInFile], [sha256Of(fixture), sha256Of(fixture), 'keel-marsh-pbc.csv', 8, 8, [], []]);
      assert.deepEqual(data.added[6], { id: 'KM-07', control: null, description: 'System description and network diagram', dueOn: '2026-07-03' });

      const before = await state();
      const again = await imported({ fileName: 'keel-marsh-pbc.csv', csv: fixture });
      assert.deepEqual([again.new.length, again.changed.length, again.unchanged.length], [0, 0, 8]);
      assert.deepEqual(await state(), before, 'the same list again changes nothing and records nothing');
    });

    test("columns named otherwise are mapped explicitly, and the mapping wins over a column's name", async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      const csv = 'PBC#,Area,TSC,Request,Request Detail,Due\nPBC-1,HR,CC1.4,Background checks,Background check reports for sampled hires,07/15/2026\nPBC-2,IT,CC6.1,MFA,MFA enforcement settings,07/20/2026\n';
      const file = { fileName: 'harbor.csv', csv, dateFormat: 'MM/DD/YYYY' as const };
      assert.deepEqual(requestFileColumns(file), {
        headers: ['PBC#', 'Area', 'TSC', 'Request', 'Request Detail', 'Due'],
        columns: [
          { field: 'control', header: 'TSC' },
          { field: 'dueOn', header: 'Due' },
        ],
        ignoredColumns: ['PBC#', 'Area'],
        missing: ['id'],
        ambiguous: [{ field: 'description', headers: ['Request', 'Request Detail'] }],
      });
      await assert.rejects(previewRequestImport(ctx, file), {
        code: 'invalid_input',
        where: 'harbor.csv line 1',
        message: 'harbor.csv: no column gives the request id; the columns "Request" and "Request Detail" could each be the description: map the one to use. Its columns: "PBC#", "Area", "TSC", "Request", "Request Detail", "Due".',
      });
      const preview = await previewRequestImport(ctx, { ...file, columns: { id: 'PBC#', description: 'request detail' } });
      assert.deepEqual(preview.columns.map((c) => `${c.header}→${c.field}`), ['PBC#→id', 'TSC→control', 'Request Detail→description', 'Due→dueOn']);
      assert.deepEqual(preview.ignoredColumns, ['Area', 'Request']);
      assert.deepEqual(preview.new.map((r) => [r.id, r.description, r.dueOn]), [
        ['PBC-1', 'Background check reports for sampled hires', '2026-07-15'],
        ['PBC-2', 'MFA enforcement settings', '2026-07-20'],
      ]);
      const noControl = await previewRequestImport(ctx, { ...file, columns: { id: 'PBC#', description: 'Request Detail', control: null } });
      assert.deepEqual([noControl.new[0]!.control, noControl.ignoredColumns], [null, ['Area', 'TSC', 'Request']], 'null: the file has no column for it');
      await assert.rejects(previewRequestImport(ctx, { ...file, columns: { id: 'PBC Number' } }), {
        where: 'columns.id',
        message: 'harbor.csv has no column "PBC Number" for the request id; its columns are "PBC#", "Area", "TSC", "Request", "Request Detail", "Due"',
      });
      await assert.rejects(previewRequestImport(ctx, { ...file, columns: { id: 'PBC#', description: 'PBC#' } }), { where: 'columns.description', message: 'the column "PBC#" is mapped to both the request id and the description' });
    });

    test('re-importing an updated list updates wording and due dates, adds new requests, and keeps every answer', async (t) => {
      const { workspace, ctx, clock, imported } = await site(engine.name);
      t.after(() => workspace.close());
      await imported({ fileName: 'keel-marsh-pbc.csv', csv: fixture });
      await linkEvidence(ctx, { requestId: 'KM-02', kind: 'population', population: 'hires', from: '2026-01-01', to: '2026-06-30' });
      await linkEvidence(ctx, { requestId: 'KM-07', kind: 'note', text: 'System description v3 sent by email on 2 July' });

      clock.set('2026-07-08T15:00:00.000Z');
      const updated = fixture
        .replace('KM-02,CC6.2,"System-generated list of all new hires during the period (name, start date, role)",Maya Chen,2026-07-10', 'KM-02,CC6.2,"System-generated list of all new hires and transfers during the period",Maya Chen,2026-07-14')
        .replace('KM-07,,', 'KM-07,CC2.1,')
        .replace(/KM-08,.*\n/, 'KM-09,CC7.4,Incident log for the period and the post-mortem of any Sev 1,Lee Park,2026-07-31,Open\n');
      const result = await imported({ fileName: 'keel-marsh-pbc-v2.csv', csv: updated });
      assert.deepEqual(result.new.map((r) => r.id), ['KM-09']);
      assert.deepEqual(result.changed, [
        { line: 3, id: 'KM-02', changes: [{ field: 'description', from: 'System-generated list of all new hires during the period (name, start date, role)', to: 'System-generated list of all new hires and transfers during the period' }, { field: 'dueOn', from: '2026-07-10', to: '2026-07-14' }] },
        { line: 9, id: 'KM-07', changes: [{ field: 'control', from: null, to: 'CC2.1' }] },
      ]);
      assert.equal(result.unchanged.length, 5);
      assert.deepEqual(result.notInFile, [{ id: 'KM-08', description: 'Vendor inventory with risk tier, and the SOC 2 reports reviewed for critical vendors', status: 'open' }]);

      const { requests, counts } = await listAuditRequests(ctx);
      const km02 = requests.find((r) => r.id === 'KM-02')!;
      assert.deepEqual([km02.status, km02.answers, km02.dueOn, km02.updatedAt, km02.updatedBy], ['answered', 1, '2026-07-14', '2026-07-08T15:00:00.000Z', 'user:maya@brightline.example']);
      assert.deepEqual([requests.find((r) => r.id === 'KM-07')!.status, requests.find((r) => r.id === 'KM-08')!.status], ['answered', 'open'], 'KM-08 is kept though the new list leaves it out');
      assert.deepEqual(counts, { open: 7, overdue: 0, answered: 2, total: 9 });
      const event = await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', '=', 'audits.requests.imported').orderBy('seq', 'desc').executeTakeFirstOrThrow();
      const data = JSON.parse(event.data);
      assert.deepEqual([data.sha256, data.added.map((r: { id: string }) => r.id), data.changed.map((c: { id: string }) => c.id), data.unchanged, data.notInFile], [sha256Of(updated), ['KM-09'], ['KM-02', 'KM-07'], 5, ['KM-08']]);

      const withoutControls = 'Ref,Evidence Requested,Due Date\nKM-07,System description and network diagram,2026-07-03\n';
      const noColumn = await imported({ fileName: 'km-07.csv', csv: withoutControls });
      assert.deepEqual([noColumn.changed, noColumn.unchanged.map((r) => r.id)], [[], ['KM-07']], 'a file without a control column leaves the controls as they are');
    });

    test('bad input names the file, line and field, and changes nothing', async (t) => {
      const { workspace, ctx, state, imported } = await site(engine.name);
      t.after(() => workspace.close());
      await imported({ fileName: 'keel-marsh-pbc.csv', csv: fixture });
      const before = await state();
      const refused = async (csv: string, expected: { where: string; message: string | RegExp }, options: Partial<RequestFile> = {}) => {
        await assert.rejects(imported({ fileName: 'pbc.csv', csv, ...options }), { code: 'invalid_input', ...expected });
        assert.deepEqual(await state(), before, `${expected.where}: nothing changed`);
      };
      const header = 'Request ID,Control Ref,Description,Due Date\n';

      await refused('', { where: 'pbc.csv line 1', message: 'pbc.csv is empty; it needs a header row naming its columns' });
      await refused(header, { where: 'pbc.csv line 2', message: 'pbc.csv has no requests below its header' });
      await refused('Request ID,Control Ref,Description\nR-1,CC6.1,MFA settings\n', { where: 'pbc.csv line 1', message: /^pbc\.csv: no column gives the due date\. Its columns: "Request ID", "Control Ref", "Description"\.$/ });
      await refused('\u0000\u0001PK\u0003\u0004 binary', { where: 'pbc.csv', message: 'pbc.csv is not a UTF-8 text file; save the request list as CSV (UTF-8)' });
      await refused(`${header}R-1,CC6.1,"MFA settings,2026-07-10\n`, { where: 'pbc.csv line 2', message: 'the parsing is finished with an opening quote at line 2; is it a CSV file?' });
      await refused(`${header}R-1,CC6.1,MFA settings,2026-07-10\nR-2,CC6.2,Access reviews\nR-1,CC6.6,Firewall rules,2026-07-12\nR-3,,,2026-13-01\nR-4,CC7.2,Alert triage,07/15/2026\n`, {
        where: 'pbc.csv line 3',
        message: [
          'pbc.csv has 5 problems; nothing was imported:',
          '  line 3: the row has 3 cells; the header has 4',
          '  line 4: Request ID: R-1 is also on line 2: a request id is unique in the list',
          '  line 5: Description: empty; say what request R-3 asks for',
          '  line 5: Due Date: "2026-13-01" is not a calendar date',
          '  line 6: Due Date: "07/15/2026" could be month/day or day/month; write dates as YYYY-MM-DD, or say the file\'s date format (MM/DD/YYYY or DD/MM/YYYY)',
        ].join('\n'),
      });
      await refused(`${header},CC6.1,MFA settings,\n`, { where: 'pbc.csv line 2: Request ID', message: 'pbc.csv has 2 problems; nothing was imported:\n  line 2: Request ID: empty; every request needs its id\n  line 2: Due Date: empty; every request needs its due date' });
      await refused(`${header}R-1,CC6.1,MFA settings,31/07/2026\n`, { where: 'pbc.csv line 2: Due Date', message: /"31\/07\/2026" is not a calendar date in the form MM\/DD\/YYYY/ }, { dateFormat: 'MM/DD/YYYY' });
      await refused(`${header}${'R'.repeat(101)},CC6.1,MFA settings,2026-07-10\n`, { where: 'pbc.csv line 2: Request ID', message: /101 characters; a request id is at most 100/ });

      await assert.rejects(importRequests(ctx, { fileName: 'keel-marsh-pbc.csv', csv: fixture.replace('KM-06', 'KM-6'), sha256: sha256Of(fixture) }), { code: 'conflict', where: 'sha256', message: /^the file changed since the preview: keel-marsh-pbc\.csv has the SHA-256 [0-9a-f]{64}, the preview was of [0-9a-f]{64}; preview it again$/ });
      assert.deepEqual(await state(), before);
    });
  });
}
