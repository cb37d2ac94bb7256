import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { offboardCompletely } from '../../test/people.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { addPerson } from './add-person.ts';
import { hrColumns } from './hr-columns.ts';
import { importPeople, previewPeopleImport } from './import-people.ts';
import { findPerson, listPeople } from './person.ts';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/hr-export.csv'), 'utf8');
const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const HEADER = 'First Name,Last Name,Work Email,Employment Status,Hire Date,Termination Date';

/** Brightline before its first import: four people entered by hand, one of whom (Sam) is not in the HR export. */
async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  await addPerson(ctx, { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', title: 'Chief Executive Officer', department: 'Leadership', startOn: '2025-01-06' });
  await addPerson(ctx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', title: 'CTO', manager: 'maya@brightline.example', startOn: '2025-01-06' });
  await addPerson(ctx, { name: 'Sam Ortiz', email: 'sam@brightline.example', kind: 'employee', title: 'Account Executive', startOn: '2025-05-01' });
  await addPerson(ctx, { name: 'Diego Alvarez', email: 'diego@alvarez.dev', kind: 'contractor', title: 'Frontend Contractor', department: 'Engineering', manager: 'lee@brightline.example', startOn: '2026-02-02', endOn: '2026-06-30' });
  const state = async () => ({
    people: (await listPeople(ctx)).map((p) => [p.email, p.engagements.length, p.current.title, p.current.endOn]),
    events: (await workspace.store.db.selectFrom('evidence_events').select('seq').execute()).length,
  });
  return { clock, workspace, ctx, state };
}

test('the README lists every column the import reads', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  for (const c of hrColumns) assert.ok(readme.includes(`| ${c.headers[0]} | ${c.headers.slice(1).join(', ')} | ${c.required} | ${c.description} |`), `${c.headers[0]} is in the README's table`);
});

for (const engine of engines) {
  describe(`importing people from an HR export on ${engine.name}`, { skip: engine.skip }, () => {
    test('the preview shows who is new, changed, unchanged, gone and missing, and writes nothing', async (t) => {
      const { workspace, ctx, state } = await site(engine.name);
      t.after(() => workspace.close());
      const before = await state();
      const preview = await previewPeopleImport(ctx, { fileName: 'hr-export.csv', csv: fixture });
      assert.match(preview.sha256, /^[0-9a-f]{64}$/);
      assert.equal(preview.rows, 8);
      assert.deepEqual(preview.columns.map((c) => `${c.header}→${c.field}`), ['First Name→firstName', 'Last Name→lastName', 'Preferred Name→preferredName', 'Work Email→email', 'Job Title→title', 'Department→department', 'Employment Status→kind', 'Supervisor Email→manager', 'Hire Date→startOn', 'Termination Date→endOn']);
      assert.deepEqual(preview.new.map((p) => [p.line, p.name, p.kind, p.manager, p.startOn, p.endOn]), [
        [4, 'Priya Raman', 'employee', 'tomas@brightline.example', '2026-03-16', null],
        [6, 'Tomás Herrera', 'employee', 'lee@brightline.example', '2026-03-09', null],
        [7, 'Grace Liu', 'intern', 'priya@brightline.example', '2026-06-01', '2026-08-28'],
        [8, 'Olu Adeyemi', 'short-term', 'maya@brightline.example', '2026-03-02', '2026-05-29'],
      ]);
      assert.equal(preview.new[3]!.title, 'Customer Support Specialist, Seasonal', 'a quoted cell keeps its comma; the preferred name replaces the first name');
      assert.deepEqual(preview.changed.map((c) => [c.line, c.email, c.changes]), [
        [3, 'lee@brightline.example', [{ field: 'title', from: 'CTO', to: 'Chief Technology Officer' }, { field: 'department', from: null, to: 'Engineering' }]],
        [5, 'diego@alvarez.dev', [{ field: 'endOn', from: '2026-06-30', to: '2026-09-30' }]],
      ]);
      assert.deepEqual(preview.unchanged.map((u) => [u.line, u.email]), [[2, 'maya@brightline.example']]);
      assert.deepEqual(preview.left, [{ line: 9, personId: null, name: 'Jordan Blake', email: 'jordan@brightline.example', endOn: '2025-11-14' }]);
      assert.deepEqual(preview.missing.map((m) => [m.email, m.status]), [['sam@brightline.example', 'active']]);
      assert.deepEqual(preview.notes, ['1 person in the directory is not in hr-export.csv: the import never offboards anyone; if they left, start their offboarding']);
      assert.deepEqual(preview.returning, []);
      assert.deepEqual(await state(), before, 'a preview writes nothing');
    });

    test('applying the previewed file writes everyone in one go, managers first, with evidence per person and for the file', async (t) => {
      const { workspace, ctx, state } = await site(engine.name);
      t.after(() => workspace.close());
      const { sha256 } = await previewPeopleImport(ctx, { fileName: 'hr-export.csv', csv: fixture });
      const before = await state();
      const edited = fixture.replace('Data Intern', 'Analytics Intern');
      await assert.rejects(importPeople(ctx, { fileName: 'hr-export.csv', csv: edited, sha256 }), { code: 'conflict', where: 'sha256', message: /^the file changed since the preview: hr-export\.csv has the SHA-256 [0-9a-f]{64}, the preview was of [0-9a-f]{64}; preview it again$/ });
      assert.deepEqual(await state(), before);

      const applied = await importPeople(ctx, { fileName: 'hr-export.csv', csv: fixture, sha256 });
      assert.equal(applied.new.length, 4);
      const people = await listPeople(ctx);
      const byEmail = (email: string) => people.find((p) => p.email === email)!;
      assert.deepEqual(people.map((p) => p.email), ['diego@alvarez.dev', 'grace@brightline.example', 'lee@brightline.example', 'maya@brightline.example', 'olu@brightline.example', 'priya@brightline.example', 'sam@brightline.example', 'tomas@brightline.example']);
      assert.equal(byEmail('grace@brightline.example').current.managerId, byEmail('priya@brightline.example').id);
      assert.equal(byEmail('priya@brightline.example').current.managerId, byEmail('tomas@brightline.example').id, 'a manager later in the file is added first');
      assert.deepEqual([byEmail('olu@brightline.example').current.status, byEmail('priya@brightline.example').current.status], ['active', 'pre-hire']);
      assert.equal(byEmail('sam@brightline.example').current.status, 'active', 'missing from the file, and not offboarded');
      assert.equal(await findPerson(ctx, 'jordan@brightline.example'), undefined, 'someone who left before the import is not added');

      const events = await workspace.store.db.selectFrom('evidence_events').select(['action', 'data']).where('seq', '>', before.events).where('action', 'like', 'people.%').orderBy('seq').execute();
      const what = (data: { email?: string; changes?: object }) => data.email ?? (data.changes && Object.keys(data.changes).sort().join());
      assert.deepEqual(events.map((e) => [e.action, what(JSON.parse(e.data))]), [
        ['people.person.added', 'tomas@brightline.example'],
        ['people.person.added', 'priya@brightline.example'],
        ['people.person.added', 'grace@brightline.example'],
        ['people.person.added', 'olu@brightline.example'],
        ['people.person.changed', 'department,title'],
        ['people.person.changed', 'endOn'],
        ['people.import.applied', undefined],
      ]);
      assert.deepEqual(JSON.parse(events.at(-1)!.data), { fileName: 'hr-export.csv', sha256, rows: 8, counts: { new: 4, changed: 2, unchanged: 1, returning: 0, left: 1, missing: 1 } });

      const again = await previewPeopleImport(ctx, { fileName: 'hr-export.csv', csv: fixture });
      assert.deepEqual([again.new.length, again.changed.length, again.unchanged.length], [0, 0, 7], 'the same file again changes nothing');
    });

    test('applying checks the directory again: a change since the preview that makes the file wrong refuses it whole', async (t) => {
      const { workspace, ctx, state } = await site(engine.name);
      t.after(() => workspace.close());
      const { sha256 } = await previewPeopleImport(ctx, { fileName: 'hr-export.csv', csv: fixture });
      await addPerson(ctx, { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'contractor', startOn: '2026-03-16', endOn: '2026-12-31' });
      const before = await state();
      await assert.rejects(importPeople(ctx, { fileName: 'hr-export.csv', csv: fixture, sha256 }), {
        code: 'invalid_input',
        where: 'hr-export.csv line 4: Employment Status',
        message: 'hr-export.csv has a problem; nothing was imported:\n  line 4: Employment Status: Priya Raman is a contractor; a change to employee is a new engagement: offboard, then onboard again',
      });
      assert.deepEqual(await state(), before, 'nothing was written');
    });

    test('a file with many bad rows lists the first 50 problems and counts the rest', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      const rows = Array.from({ length: 60 }, (_, i) => `Temp,Worker ${i},temp${i}@brightline.example,Seasonal,2026-06-01,`);
      const error = await previewPeopleImport(ctx, { fileName: 'summer.csv', csv: [HEADER, ...rows].join('\n') }).catch((e: Error) => e);
      const lines = (error as Error).message.split('\n');
      assert.deepEqual([lines[0], lines[1], lines.length, lines.at(-1)], ['summer.csv has 60 problems; nothing was imported:', '  line 2: Termination Date: short-term help needs an end date: their access is time-bounded', 52, '  and 10 more']);
    });

    test('someone who left and is back in the file returns with a new engagement; their old one stays departed', async (t) => {
      const { clock, workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await offboardCompletely(ctx, 'sam@brightline.example', '2026-03-02T22:00:00.000Z');
      clock.set('2026-04-01T15:00:00.000Z');
      const old = `${HEADER}\nSam,Ortiz,sam@brightline.example,Full-Time,2025-05-01,\n`;
      await assert.rejects(previewPeopleImport(ctx, { fileName: 'hr.csv', csv: old }), { where: 'hr.csv line 2: Hire Date', message: /line 2: Hire Date: Sam Ortiz left on 2026-03-02; a return starts after that/ });

      const back = `${HEADER}\nSam,Ortiz,sam@brightline.example,Contractor,2026-04-06,2026-07-31\n`;
      const preview = await previewPeopleImport(ctx, { fileName: 'hr.csv', csv: back });
      assert.deepEqual(preview.returning.map((r) => [r.email, r.kind, r.startOn, r.leftOn]), [['sam@brightline.example', 'contractor', '2026-04-06', '2026-03-02']]);
      await importPeople(ctx, { fileName: 'hr.csv', csv: back, sha256: preview.sha256 });
      const sam = (await findPerson(ctx, 'sam@brightline.example'))!;
      assert.deepEqual(sam.engagements.map((e) => [e.kind, e.status, e.startOn, e.onboarding]), [['employee', 'departed', '2025-05-01', null], ['contractor', 'pre-hire', '2026-04-06', null]]);
    });

    test('bad rows are all reported, each naming its line and column, and nothing is imported', async (t) => {
      const { workspace, ctx, state } = await site(engine.name);
      t.after(() => workspace.close());
      const before = await state();
      const csv = [
        'Name,Work Email,Employment Type,Manager Email,Start Date,End Date',
        'Ana Silva,ana@brightline.example,Full-Time,maya@brightline.example,2026-04-01,',
        'Ben Okafor,ben@brightline.example,Contractor,,2026-04-01,2026-03-31',
        'Ana S.,ANA@brightline.example,Full-Time,,2026-04-01,',
        'Cleo Wu,cleo@brightline.example,Board Member,,2026-04-01,',
        'Dev Patel,dev@brightline.example,Full-Time,zoe@brightline.example,04/01/2026,',
        'Eli Kim,eli@brightline.example,Contractor,,2026-04-01,',
        'Lee Park,lee@brightline.example,Contractor,maya@brightline.example,2025-01-06,2026-12-31',
        'Fay Ng,fay@brightline.example,Full-Time,gus@brightline.example,2026-04-01,',
        'Gus Ng,gus@brightline.example,Full-Time,fay@brightline.example,2026-04-01,',
      ].join('\n');
      const expected = [
        'hr.csv has 8 problems; nothing was imported:',
        '  line 3: End Date: the end date 2026-03-31 is before the start date 2026-04-01',
        '  line 4: Work Email: ana@brightline.example is also on line 2: one address is one person',
        '  line 5: Employment Type: "Board Member" is not a kind of worker the import knows; use one of Employee, Full-Time, Part-Time, Permanent, Regular, Salaried, Hourly, W-2, W2, Contractor, Contract, Independent Contractor, 1099, Consultant, Freelancer, Freelance, Intern, Internship, Short-Term, Temporary, Temp, Seasonal',
        '  line 6: Start Date: "04/01/2026" could be month/day or day/month; write dates as YYYY-MM-DD, or say the file\'s date format (MM/DD/YYYY or DD/MM/YYYY)',
        '  line 7: End Date: a contractor needs an end date: their access is time-bounded',
        '  line 8: Employment Type: Lee Park is an employee; a change to contractor is a new engagement: offboard, then onboard again',
        '  line 9: Manager Email: gus@brightline.example and fay@brightline.example are each other\'s managers, directly or through others in the file',
        '  line 10: Manager Email: fay@brightline.example and gus@brightline.example are each other\'s managers, directly or through others in the file',
      ];
      await assert.rejects(previewPeopleImport(ctx, { fileName: 'hr.csv', csv }), (error: Error & { code: string; where: string }) => {
        assert.equal(error.code, 'invalid_input');
        assert.equal(error.where, 'hr.csv line 3: End Date', 'the first problem in the file');
        assert.deepEqual(error.message.split('\n'), expected);
        return true;
      });
      await assert.rejects(importPeople(ctx, { fileName: 'hr.csv', csv, sha256: '0'.repeat(64) }), { code: 'conflict' });
      assert.deepEqual(await state(), before);

      const unknownManager = `Name,Work Email,Employment Type,Manager Email,Start Date\nDev Patel,dev@brightline.example,Full-Time,zoe@brightline.example,2026-04-01\n`;
      await assert.rejects(previewPeopleImport(ctx, { fileName: 'hr.csv', csv: unknownManager }), { where: 'hr.csv line 2: Manager Email', message: /line 2: Manager Email: nobody in the file or the directory is zoe@brightline\.example/ });
    });

    test('a file with missing or unknown columns, a broken quote, binary content or too many bytes is refused whole', async (t) => {
      const { workspace, ctx, state } = await site(engine.name);
      t.after(() => workspace.close());
      const before = await state();
      const refused = (csv: string, options = {}) => previewPeopleImport(ctx, { fileName: 'hr.csv', csv, ...options });
      await assert.rejects(refused('Work Email,Employment Type,Location\nana@brightline.example,Full-Time,Lisbon\n'), {
        where: 'hr.csv line 1',
        message: /^hr\.csv: no Name column, nor First Name and Last Name; no Start Date column; "Location" is not a column the import reads\. The columns it reads: Name \(or Full Name, Employee Name, Display Name\);.* To skip the columns the import does not read, ask it to ignore unknown columns\.$/,
      });
      await assert.rejects(refused('Name,Email,Work Email,Kind,Start\n'), { message: /the columns "Email" and "Work Email" both give the Work Email; keep one/ });
      const located = 'Full Name,Work Email,Worker Type,Start Date,Location\nAna Silva,ana@brightline.example,Freelance,2026-04-01,Lisbon\n';
      await assert.rejects(refused(located), { message: /"Location" is not a column the import reads/ });
      const ignoring = await refused(located, { ignoreUnknownColumns: true });
      assert.deepEqual([ignoring.ignoredColumns, ignoring.new.map((p) => p.kind)], [['Location'], ['freelancer']]);

      const us = 'Name,Work Email,Kind,Start Date,End Date\nAna Silva,ana@brightline.example,Contract,04/01/2026,9/30/2026\n';
      assert.deepEqual((await refused(us, { dateFormat: 'MM/DD/YYYY' })).new.map((p) => [p.startOn, p.endOn]), [['2026-04-01', '2026-09-30']]);
      assert.deepEqual((await refused(us.replace('9/30', '30/9'), { dateFormat: 'DD/MM/YYYY' })).new.map((p) => [p.startOn, p.endOn]), [['2026-01-04', '2026-09-30']]);
      await assert.rejects(refused(us, { dateFormat: 'DD/MM/YYYY' }), { where: 'hr.csv line 2: End Date', message: /"9\/30\/2026" is not a calendar date in the form DD\/MM\/YYYY/ });

      await assert.rejects(refused(`${HEADER}\nAna,"Silva,ana@brightline.example,Full-Time,2026-04-01,\n`), { where: 'hr.csv line 2', message: /opening quote .*; is it a CSV file\?/ });
      await assert.rejects(refused(`${HEADER}\nAna,Silva,ana@brightline.example,Full-Time\n`), { where: 'hr.csv line 2', message: /line 2: the row has 4 cells; the header has 6/ });
      await assert.rejects(refused('PK\u0003\u0004\u0000\u0000binary'), { where: 'hr.csv', message: 'hr.csv is not a UTF-8 text file; export it from the HR system as CSV (UTF-8)' });
      await assert.rejects(refused(`${HEADER}\nJos\ufffd,Silva,jose@brightline.example,Full-Time,2026-04-01,\n`), { message: /not a UTF-8 text file/ });
      await assert.rejects(refused(`${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}`), { where: 'hr.csv', message: 'hr.csv is 5.0 MB; an HR export is at most 5 MB' });
      await assert.rejects(refused(''), { message: 'hr.csv is empty; it needs a header row naming its columns' });
      assert.deepEqual(await state(), before);
    });
  });
}
