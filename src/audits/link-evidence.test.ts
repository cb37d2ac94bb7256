import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { storeAttachment } from '../evidence/store-attachment.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { listAuditRequests, loadAuditRequest } from './audit-request.ts';
import { importRequests } from './import-requests.ts';
import { linkEvidence } from './link-evidence.ts';
import { sha256Of } from './read-request-csv.ts';
import { setAuditWindow } from './set-audit-window.ts';
import { unlinkEvidence } from './unlink-evidence.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const LIST = `PBC #,TSC,Request,Due Date
PBC-2,CC6.2,List of all terminations in the period,2026-07-10
PBC-10,CC8.1,Branch protection settings,2026-07-17
PBC-1,CC6.2,List of all new hires in the period,2026-07-10
`;

/** Brightline on the evening of 9 July 2026 in New York, with Harbor CPA's three requests imported and none answered. */
async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-07-09T22:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  await setAuditWindow(ctx, { from: '2026-01-01', to: '2026-06-30', firm: 'Harbor CPA' });
  await importRequests(ctx, { fileName: 'harbor-pbc.csv', csv: LIST, sha256: sha256Of(LIST) });
  const events = async (action: string) => (await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', '=', action).orderBy('seq').execute()).map((e) => ({ subject: e.subject_id, data: JSON.parse(e.data), attachments: JSON.parse(e.attachments) }));
  const status = async () => Object.fromEntries((await listAuditRequests(ctx)).requests.map((r) => [r.id, r.status]));
  return { clock, workspace, ctx, events, status };
}

for (const engine of engines) {
  describe(`answering the auditor's requests on ${engine.name}`, { skip: engine.skip }, () => {
    test('a request is open until its due date passes in the workspace time zone, overdue after, answered once anything is linked, and overdue again once unlinked', async (t) => {
      const { clock, workspace, ctx, status, events } = await site(engine.name);
      t.after(() => workspace.close());
      assert.deepEqual(await status(), { 'PBC-1': 'open', 'PBC-2': 'open', 'PBC-10': 'open' });
      assert.deepEqual((await listAuditRequests(ctx)).requests.map((r) => r.id), ['PBC-1', 'PBC-2', 'PBC-10'], 'numbers in order');

      clock.set('2026-07-11T03:59:00.000Z'); // 23:59 on the 10th in New York: still due today
      assert.deepEqual(await status(), { 'PBC-1': 'open', 'PBC-2': 'open', 'PBC-10': 'open' });
      clock.set('2026-07-11T04:00:00.000Z'); // midnight in New York
      assert.deepEqual(await status(), { 'PBC-1': 'overdue', 'PBC-2': 'overdue', 'PBC-10': 'open' });
      assert.deepEqual((await listAuditRequests(ctx, { status: 'overdue' })).requests.map((r) => r.id), ['PBC-1', 'PBC-2']);

      const answered = await linkEvidence(ctx, { requestId: 'PBC-1', kind: 'population', population: 'hires' });
      assert.deepEqual([answered.status, answered.answers], ['answered', 1]);
      assert.deepEqual(answered.links[0], {
        number: 1,
        kind: 'population',
        population: { kind: 'hires', from: '2026-01-01', to: '2026-06-30' },
        attachment: null,
        package: null,
        note: null,
        href: '/api/exports/populations/hires.csv?from=2026-01-01&to=2026-06-30',
        linkedAt: '2026-07-11T04:00:00.000Z',
        linkedBy: 'user:maya@brightline.example',
        removedAt: null,
        removedBy: null,
      });
      await linkEvidence(ctx, { requestId: 'PBC-1', kind: 'note', text: 'Two hires started on the same day; both are in the list.' });
      const list = await listAuditRequests(ctx);
      assert.deepEqual([list.today, list.counts], ['2026-07-11', { open: 1, overdue: 1, answered: 1, total: 3 }]);

      clock.advance(60_000);
      const first = await unlinkEvidence(ctx, { requestId: 'PBC-1', number: 1 });
      assert.deepEqual([first.status, first.answers, first.links.map((l) => [l.number, l.removedAt])], ['answered', 1, [[1, '2026-07-11T04:01:00.000Z'], [2, null]]], 'the note still answers it');
      const none = await unlinkEvidence(ctx, { requestId: 'PBC-1', number: 2 });
      assert.deepEqual([none.status, none.answers], ['overdue', 0]);
      await assert.rejects(unlinkEvidence(ctx, { requestId: 'PBC-1', number: 2 }), { code: 'conflict', where: 'link', message: 'link 2 of request PBC-1 was already removed on 2026-07-11 by user:maya@brightline.example' });
      await assert.rejects(unlinkEvidence(ctx, { requestId: 'PBC-1', number: 3 }), { code: 'not_found', where: 'link' });
      const again = await linkEvidence(ctx, { requestId: 'PBC-1', kind: 'population', population: 'hires' });
      assert.deepEqual(again.links.map((l) => l.number), [1, 2, 3], 'a removed link keeps its number');

      assert.deepEqual(await events('audits.request.linked'), [
        { subject: 'PBC-1', data: { number: 1, kind: 'population', population: 'hires', from: '2026-01-01', to: '2026-06-30' }, attachments: [] },
        { subject: 'PBC-1', data: { number: 2, kind: 'note', note: 'Two hires started on the same day; both are in the list.' }, attachments: [] },
        { subject: 'PBC-1', data: { number: 3, kind: 'population', population: 'hires', from: '2026-01-01', to: '2026-06-30' }, attachments: [] },
      ]);
      assert.deepEqual(await events('audits.request.unlinked'), [
        { subject: 'PBC-1', data: { number: 1, kind: 'population', population: 'hires', from: '2026-01-01', to: '2026-06-30' }, attachments: [] },
        { subject: 'PBC-1', data: { number: 2, kind: 'note', note: 'Two hires started on the same day; both are in the list.' }, attachments: [] },
      ]);
    });

    test('an attachment by its SHA-256, a new file, an auditor package and a population over another window; what does not exist is refused and changes nothing', async (t) => {
      const { workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      const screenshot = await inTransaction(ctx, (tx) => storeAttachment(tx, Buffer.from('%PDF-1.4\nbranch protection: 2 approvals, admins included\n%%EOF\n'), 'branch-protection.pdf'));
      const byHash = await linkEvidence(ctx, { requestId: 'PBC-10', kind: 'attachment', sha256: screenshot.sha256.toUpperCase(), fileName: 'branch-protection.pdf' });
      assert.deepEqual(byHash.links[0]!.attachment, { sha256: screenshot.sha256, fileName: 'branch-protection.pdf', contentType: 'application/pdf', sizeBytes: screenshot.sizeBytes });
      assert.equal(byHash.links[0]!.href, `/api/evidence/attachments/${screenshot.sha256}`);
      const file = await linkEvidence(ctx, { requestId: 'PBC-10', kind: 'attachment', file: { name: 'ruleset.json', bytes: Buffer.from('{"required_approving_review_count":2}') } });
      const stored = file.links[1]!.attachment!;
      assert.deepEqual([stored.fileName, stored.contentType, stored.sizeBytes], ['ruleset.json', 'text/plain; charset=utf-8', 37]);
      assert.deepEqual((await events('audits.request.linked')).map((e) => e.attachments), [[screenshot.sha256], [stored.sha256]], 'each event carries the file it links');

      // The exports module records a package it builds as this event.
      const pkg = await inTransaction(ctx, (tx) => appendEvent(tx, { action: 'exports.package.created', subject: { type: 'audit_package', id: 'p-1' }, data: { window: { from: '2026-01-01', to: '2026-06-30', timeZone: 'America/New_York' } } }));
      const withPackage = await linkEvidence(ctx, { requestId: 'PBC-2', kind: 'package', seq: pkg.seq });
      assert.deepEqual(withPackage.links[0]!.package, { seq: pkg.seq, recordedAt: pkg.recordedAt, window: { from: '2026-01-01', to: '2026-06-30' } });
      const quarter = await linkEvidence(ctx, { requestId: 'PBC-2', kind: 'population', population: 'leavers', from: '2026-04-01', to: '2026-06-30' });
      assert.equal(quarter.links[1]!.href, '/api/exports/populations/leavers.csv?from=2026-04-01&to=2026-06-30');

      const before = await workspace.store.db.selectFrom('evidence_events').select('seq').execute();
      const refused: [Parameters<typeof linkEvidence>[1], object][] = [
        [{ requestId: 'PBC-99', kind: 'note', text: 'x' }, { code: 'not_found', where: 'request', message: 'no audit request has the id "PBC-99"' }],
        [{ requestId: 'PBC-10', kind: 'attachment', sha256: 'a'.repeat(64) }, { code: 'invalid_input', where: 'sha256', message: `no stored attachment has the SHA-256 ${'a'.repeat(64)}; attach the file instead` }],
        [{ requestId: 'PBC-10', kind: 'attachment', sha256: 'branch-protection.pdf' }, { code: 'invalid_input', where: 'sha256' }],
        [{ requestId: 'PBC-10', kind: 'attachment', sha256: screenshot.sha256 }, { code: 'conflict', where: 'link', message: 'request PBC-10 is already answered with this (link 1)' }],
        [{ requestId: 'PBC-2', kind: 'package', seq: 1 }, { code: 'invalid_input', where: 'seq', message: 'event 1 is workspace.settings.updated, not an auditor package (exports.package.created)' }],
        [{ requestId: 'PBC-2', kind: 'package', seq: 10_000 }, { code: 'invalid_input', where: 'seq', message: 'the evidence log has no event 10000' }],
        [{ requestId: 'PBC-2', kind: 'population', population: 'customers' }, { code: 'invalid_input', where: 'population', message: /^"customers" is not a population; the populations are hires, leavers, / }],
        [{ requestId: 'PBC-2', kind: 'population', population: 'hires', from: '2026-06-30', to: '2026-01-01' }, { code: 'invalid_input', where: 'to' }],
        [{ requestId: 'PBC-2', kind: 'population', population: 'hires', from: '2026-01-01' }, { code: 'invalid_input', where: 'to', message: 'give both ends of the window, from and to' }],
        [{ requestId: 'PBC-2', kind: 'note', text: '   ' }, { code: 'invalid_input', where: 'text', message: 'the note is empty' }],
      ];
      for (const [input, error] of refused) await assert.rejects(linkEvidence(ctx, input), error, JSON.stringify(input));
      assert.deepEqual(await workspace.store.db.selectFrom('evidence_events').select('seq').execute(), before);
      assert.deepEqual((await loadAuditRequest(ctx, 'PBC-10')).links.length, 2);
    });

    test('two answers to one request at the same moment each get their own number', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await Promise.all(['Sent by email on 8 July', 'Walkthrough held on 9 July', 'Screenshots in the shared folder'].map((text) => linkEvidence(ctx, { requestId: 'PBC-10', kind: 'note', text })));
      const { links } = await loadAuditRequest(ctx, 'PBC-10');
      assert.deepEqual(links.map((l) => l.number), [1, 2, 3]);
    });

    test('without an audit window, a population needs its own', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      t.after(() => workspace.close());
      const ctx = workspace.context(maya);
      await importRequests(ctx, { fileName: 'harbor-pbc.csv', csv: LIST, sha256: sha256Of(LIST) });
      await assert.rejects(linkEvidence(ctx, { requestId: 'PBC-1', kind: 'population', population: 'hires' }), { code: 'invalid_input', where: 'from', message: 'give the window the population covers (from and to), or set the audit window first' });
    });
  });
}
