import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { brightlineSecondQuarter, EXPORTED_AT, runVerifier, unpacked, WINDOW } from '../../test/auditor-package.ts';
import { crmAfter, crmBefore } from '../../test/access-review.ts';
import { createTestSite, engines, manualClock, type Workspace } from '../../test/engines.ts';
import { allEvents, dropAppendOnlyGuard } from '../../test/tamper.ts';
import { canonicalJson } from '../evidence/canonical-json.ts';
import { eventFromRow } from '../evidence/event.ts';
import { eventHash } from '../evidence/event-hash.ts';
import { attachmentPath } from '../evidence/store-attachment.ts';
import { verifyWorkspaceLog } from '../evidence/verify-workspace-log.ts';
import { addPerson } from '../people/add-person.ts';
import { readinessType2 } from '../readiness/readiness.ts';
import { type2StatusText } from '../readiness/status-text.ts';
import { buildAuditorPackage, type PackageSummary } from './build-auditor-package.ts';
import { eventLine } from './event-line.ts';
import { populationKinds } from './population-kinds.ts';
import { canonicalJson as verifierCanonicalJson, eventHash as verifierEventHash } from './verifier/verify.mjs';

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const csv = (dir: string, kind: string) => parse(readFileSync(path.join(dir, 'populations', `${kind}.csv`)), { columns: true }) as Record<string, string>[];
const pick = (rows: Record<string, string>[], ...columns: string[]) => rows.map((row) => columns.map((column) => row[column]));

/** Rewrites one file of an unpacked package and puts its new SHA-256 and size in manifest.json, as a careful forger would. */
function forge(dir: string, file: string, change: (text: string) => string): void {
  const text = change(readFileSync(path.join(dir, file), 'utf8'));
  writeFileSync(path.join(dir, file), text);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const entry = manifest.files.find((f: { path: string }) => f.path === file);
  Object.assign(entry, { sha256: sha256(text), bytes: Buffer.byteLength(text) });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

for (const engine of engines) {
  describe(`the auditor package on ${engine.name}`, { skip: engine.skip }, () => {
    let workspace: Workspace;
    let summary: PackageSummary;
    const zip = path.join(tmpdir(), `groundwork-package-${engine.name}-${process.pid}.zip`);
    const folders: string[] = [];
    const fresh = async () => {
      const dir = await unpacked(zip);
      folders.push(dir);
      return dir;
    };

    before(async () => {
      const clock = manualClock('2026-01-05T14:00:00Z');
      // A checkpoint every 25 events: the slice starts after one and ends on the signed head.
      workspace = await (await createTestSite(engine.name, { GROUNDWORK_CHECKPOINT_EVERY: '25' })).open({ now: clock.now });
      await brightlineSecondQuarter(workspace, clock);
      summary = await buildAuditorPackage(workspace.context({ type: 'user', id: 'maya@brightline.example' }), WINDOW, createWriteStream(zip));
    });
    after(async () => {
      await workspace.close();
      rmSync(zip, { force: true });
      for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    });

    test('unpacked, its own verifier passes, and the workspace recorded it', async () => {
      const dir = await fresh();
      const { code, stdout } = await runVerifier(dir);
      assert.equal(code, 0, stdout);
      const { first, last } = summary.events!;
      const signatures = JSON.parse(readFileSync(path.join(dir, 'evidence', 'log.json'), 'utf8')).checkpoints.length;
      assert.match(stdout, new RegExp(`ok {3}evidence: ${last - first + 1} events \\(${first} to ${last}\\) hashed and chained, ${signatures} signed checkpoints valid`));
      assert.match(stdout, /ok {3}files: 25 files .* match manifest\.json\n[\s\S]*PASSED/);
      assert.ok(first > 1 && first - 1 === Math.floor((first - 1) / 25) * 25, `the slice starts right after a checkpoint, at ${first}`);
      // Run by a path through a symbolic link (macOS's /tmp is one), it still runs and checks.
      const link = `${dir}-link`;
      symlinkSync(dir, link);
      folders.push(link);
      const linked = await promisify(execFile)(process.execPath, [path.join(link, 'verify.mjs')]);
      assert.match(linked.stdout, /\nPASSED\./);

      const manifest = readFileSync(path.join(dir, 'manifest.json'));
      assert.equal(summary.manifestSha256, sha256(manifest));
      const listed = (JSON.parse(manifest.toString()).files as { path: string }[]).map((f) => f.path).sort();
      const present = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
      assert.deepEqual([...listed, 'manifest.json'].sort(), present.sort());
      assert.deepEqual(listed.filter((f) => f.startsWith('policies/')), ['policies/acceptable-use-v1.pdf', 'policies/acceptable-use-v2.pdf', 'policies/information-security-v1.pdf', 'policies/security-orientation-v1.pdf']);
      assert.deepEqual(listed.filter((f) => f.startsWith('populations/')), populationKinds.map((kind) => `populations/${kind}.csv`).sort());
      for (const file of listed.filter((f) => f.startsWith('attachments/'))) {
        assert.equal(sha256(readFileSync(path.join(dir, file))), path.basename(file, '.pdf'), `${file} is named by its SHA-256`);
      }
      assert.equal(listed.filter((f) => f.startsWith('attachments/')).length, 4, 'the offer and NDA of Ann and of Bo, whose events are in the slice');

      const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
      for (const file of listed.filter((f) => f !== 'index.html')) assert.ok(html.includes(`href="${file}"`), `index.html links ${file}`);
      assert.doesNotMatch(html, /<script|\bsrc=|href="https?:|url\(/, 'nothing runs and nothing is fetched');
      assert.match(html, /<h1>Brightline Analytics<\/h1>/);
      assert.match(html, /2026-04-01 to 2026-06-30, both days included, in America\/New_York/);

      const recorded = await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', '=', 'exports.package.created').execute();
      assert.deepEqual(
        recorded.map((e) => [e.seq, e.actor_id, e.subject_type, e.subject_id, e.recorded_at]),
        [[summary.eventSeq, 'maya@brightline.example', 'auditor-package', summary.manifestSha256, new Date(EXPORTED_AT).toISOString()]],
      );
      assert.deepEqual(JSON.parse(recorded[0]!.data), { window: { ...WINDOW, timeZone: 'America/New_York' }, files: 26, bytes: summary.bytes, zipBytes: summary.zipBytes, manifestSha256: summary.manifestSha256, events: summary.events });
    });

    test('each population holds what happened in the window, and nothing before or after it', async () => {
      const dir = await fresh();
      const hires = csv(dir, 'hires');
      assert.deepEqual(pick(hires, 'name', 'start_date', 'onboarding', 'started_before_day_one', 'timing'), [
        ['Bo Lindqvist', '2026-05-04', 'complete', 'yes', 'every item on time'],
        ['Di Moss', '2026-06-01', 'missing', '', 'started with no onboarding checklist'],
      ]);
      assert.match(hires[0]!.items!, /nda-signed: done 2026-04-29T14:00:00\.000Z by test@localhost \(event \d+; due 2026-05-03, on time\)/);

      const leavers = csv(dir, 'leavers');
      assert.deepEqual(pick(leavers, 'name', 'termination_date', 'offboarding', 'access_removed', 'revoked'), [
        ['Lee Park', '2026-05-15', 'complete', 'all access removed on the day', 'Acme CRM: revoked 2026-05-15T20:00:00.000Z'],
        ['Cy Rowe', '2026-06-10', 'missing', 'the engagement ended with no offboarding', ''],
      ]);

      const [crm, ...others] = csv(dir, 'access-reviews');
      assert.deepEqual(others, []);
      assert.deepEqual(pick([crm!], 'due_on', 'quarter', 'system', 'reviewer', 'accounts', 'kept', 'revoked', 'changed', 'remediation_excepted', 'stage', 'occurrence'), [
        ['2026-06-30', '2026-Q2', 'acme-crm', 'dana@brightline.example', '5', '2', '2', '1', '1', 'signed-off', 'on_time'],
      ]);
      assert.ok(crm!.before_files!.includes(`crm.csv sha256:${sha256(crmBefore('2026-06-20'))}`), crm!.before_files);
      assert.ok(crm!.after_files!.includes(`crm-after.csv sha256:${sha256(crmAfter('2026-06-20'))}`), crm!.after_files);
      assert.deepEqual(pick(csv(dir, 'review-decisions'), 'account', 'decision', 'decided_by', 'remediation', 'after_status'), [
        ['u-1', 'keep', 'dana@brightline.example', '', ''],
        ['u-2', 'revoke', 'dana@brightline.example', 'excepted', 'active'],
        ['u-3', 'revoke', 'dana@brightline.example', 'confirmed', 'not on the after list'],
        ['u-4', 'change', 'sam@brightline.example', 'confirmed', 'active'],
        ['u-5', 'keep', 'dana@brightline.example', '', ''],
      ]);

      assert.deepEqual(pick(csv(dir, 'policy-approvals'), 'policy', 'version', 'approved_by', 'material'), [['acceptable-use', '2', 'maya@brightline.example', 'true']], 'the first versions were approved in January');
      assert.deepEqual(pick(csv(dir, 'policy-reviews'), 'policy', 'due_on', 'status', 'reviewed_at', 'reviewed_by', 'changed'), [
        ['information-security', '2027-01-05', 'on_time', '2026-06-01T14:00:00.000Z', 'user:maya@brightline.example', 'false'],
      ]);
      const acknowledgements = csv(dir, 'acknowledgements');
      assert.deepEqual(pick(acknowledgements, 'email', 'policy', 'version'), [
        ['bo@brightline.example', 'acceptable-use', '1'],
        ['bo@brightline.example', 'information-security', '1'],
        ['bo@brightline.example', 'security-orientation', '1'],
        ['bo@brightline.example', 'acceptable-use', '2'],
      ]);
      assert.deepEqual(pick(csv(dir, 'occurrences'), 'obligation', 'due_on', 'status').map(([id, ...rest]) => [id!.replace(/:[0-9a-f-]{36}/, ':<id>'), ...rest]), [
        ['access-review:acme-crm', '2026-06-30', 'on_time'],
        ['engagement-end:<id>:2026-06-10', '2026-06-10', 'missed'],
        ['offboarding:<id>', '2026-05-15', 'on_time'],
      ]);


      // The inventories: whoever worked here on some day of the window, with Ann (joined in March), Flo (leaves in July) and Lee and Cy (left in it).
      assert.deepEqual(pick(csv(dir, 'people'), 'email', 'kind', 'manager', 'start_on', 'end_on', 'termination_date', 'onboarding', 'offboarding'), [
        ['ann@brightline.example', 'employee', '', '2026-03-02', '', '', 'open', ''],
        ['bo@brightline.example', 'employee', 'maya@brightline.example', '2026-05-04', '', '', 'complete', ''],
        ['cy@rowe-consulting.example', 'contractor', '', '2026-01-12', '2026-06-10', '', 'none', 'none'],
        ['dana@brightline.example', 'employee', '', '2025-01-06', '', '', 'none', ''],
        ['di@brightline.example', 'employee', '', '2026-06-01', '', '', 'none', ''],
        ['flo@brightline.example', 'employee', '', '2025-01-06', '', '2026-07-03', 'none', 'complete'],
        ['lee@brightline.example', 'employee', '', '2025-01-06', '', '2026-05-15', 'none', 'complete'],
        ['maya@brightline.example', 'employee', '', '2025-01-06', '', '', 'none', ''],
        ['sam@brightline.example', 'employee', '', '2025-01-06', '', '', 'none', ''],
      ], 'Eve, who joins in July, is not');
      // The CRM as it is now, with the lists before and after its review, both imported in June.
      assert.deepEqual(csv(dir, 'systems'), [
        {
          id: 'acme-crm', name: 'Acme CRM', category: 'customer-facing-admin', owner: 'dana@brightline.example', classification: 'confidential', in_scope: 'yes', sso_enforced: 'no', mfa_enforced: 'no',
          session_timeout_minutes: '', accounts_from: 'import', added_at: '2026-01-05T14:00:00.000Z', retired_at: '', account_lists_in_window: '2', newest_list_as_of: '2026-06-22T14:00:00.000Z',
        },
      ]);
      assert.deepEqual(pick(csv(dir, 'assets'), 'tag', 'kind', 'added_at', 'held_by', 'assigned_at', 'returned_at'), [
        ['BL-0042', 'laptop', '2026-01-05T14:00:00.000Z', 'bo@brightline.example', '2026-05-04T13:00:00.000Z', ''],
      ], 'the laptop added in January, handed to Bo on his first day');

      // Each row's events are in the package's slice.
      const { first, last } = summary.events!;
      for (const kind of populationKinds) {
        for (const row of csv(dir, kind)) {
          for (const seq of [row.event, row.approval_event, row.publication_event, ...[...(row.items ?? '').matchAll(/event (\d+)/g)].map((m) => m[1])]) {
            if (seq) assert.ok(Number(seq) >= first && Number(seq) <= last, `${kind} cites event ${seq}, outside ${first} to ${last}`);
          }
        }
      }
    });

    test('the control matrix gives each control’s Type 2 status over the window, as readiness computes it', async () => {
      const dir = await fresh();
      const matrix = parse(readFileSync(path.join(dir, 'control-matrix.csv')), { columns: true }) as Record<string, string>[];
      const status = new Map(matrix.map((row) => [row.control, row.status]));
      assert.equal(status.get('HR-01'), 'not consistent: 1 of 2 late or missed without an exception', 'Bo was onboarded, Di was not');
      assert.equal(status.get('AC-04'), 'not consistent: 1 of 2 late or missed without an exception', 'Lee was offboarded, Cy was not');
      assert.equal(status.get('not covered'), '', 'a criterion no control supports has no status');
      const readiness = await readinessType2(workspace.context({ type: 'user', id: 'maya@brightline.example' }), WINDOW);
      for (const result of readiness.controls) assert.equal(status.get(result.control.id), type2StatusText(result), result.control.id);
      assert.match(readFileSync(path.join(dir, 'index.html'), 'utf8'), /<th>Status over the window<\/th>[\s\S]*HR-01[\s\S]*not consistent: 1 of 2 late or missed/);
    });

    test('an edited, removed or added file fails the verifier, which names it', async () => {
      const dir = await fresh();
      writeFileSync(path.join(dir, 'populations', 'hires.csv'), `${readFileSync(path.join(dir, 'populations', 'hires.csv'), 'utf8')}2026-06-15,Nobody,nobody@example.com\n`);
      unlinkSync(path.join(dir, 'policies', 'acceptable-use-v1.pdf'));
      writeFileSync(path.join(dir, 'policies', 'acceptable-use-v3.pdf'), '%PDF-1.4');
      const { code, stdout } = await runVerifier(dir);
      assert.equal(code, 1, stdout);
      assert.match(stdout, /FAILED populations\/hires\.csv: edited \(its SHA-256 is [0-9a-f]{64}/);
      assert.match(stdout, /FAILED policies\/acceptable-use-v1\.pdf: missing/);
      assert.match(stdout, /FAILED policies\/acceptable-use-v3\.pdf: not in manifest\.json/);
      assert.doesNotMatch(stdout, /PASSED/);
    });

    test('an edited, removed or re-signed event fails the verifier even with the manifest forged, naming the event', async () => {
      const revocation = Number(csv(await fresh(), 'leavers')[0]!.items!.match(/revoke:acme-crm: revoked [^(]+\(event (\d+)/)![1]);
      const cases: [string, (text: string) => string, string | RegExp][] = [
        ['evidence/events.jsonl', (text) => text.replace(/"outcome":"revoked"/, '"outcome":"no-account"'), `FAILED event ${revocation}: does not match its hash`],
        ['evidence/events.jsonl', (text) => text.split('\n').filter((line) => !line.includes(`"seq":${revocation},`)).join('\n'), `FAILED event ${revocation}: missing, the slice jumps from ${revocation - 1} to ${revocation + 1}`],
        [
          'evidence/public-key.pem',
          () => generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString(),
          /FAILED evidence\/public-key\.pem has key id [0-9a-f]{16}, but evidence\/log\.json names/,
        ],
      ];
      for (const [file, change, expected] of cases) {
        const dir = await fresh();
        forge(dir, file, change);
        const { code, stdout } = await runVerifier(dir);
        assert.equal(code, 1, stdout);
        if (typeof expected === 'string') assert.ok(stdout.includes(expected), stdout);
        else assert.match(stdout, expected);
        assert.match(stdout, /ok {3}files:/, 'the forged manifest matches the files');
      }
    });

    test('the verifier hashes exactly as the workspace does, and fails where the workspace’s own verification fails', async () => {
      for (const row of await allEvents(workspace)) {
        assert.equal(eventLine(row), canonicalJson(eventFromRow(row)), `event ${row.seq}'s line is its canonical JSON`);
        assert.equal(verifierEventHash(JSON.parse(eventLine(row))), row.hash, `verify.mjs recomputes event ${row.seq}'s hash`);
      }
      for (const value of [{ b: [1, 2.5, -0, 1e21, 'é\u2028"\\'], a: { z: null, y: true, '\u00e9': 'x', Z: '\ud83d\ude00' } }, [], {}, 'text', 0]) {
        assert.equal(verifierCanonicalJson(value), canonicalJson(value));
      }

      // A stored attachment goes missing from the data directory.
      const nda = await workspace.store.db.selectFrom('evidence_events').select(['seq', 'attachments']).where('attachments', '!=', '[]').where('data', 'like', '%"email":"bo@brightline.example"%').orderBy('seq').executeTakeFirstOrThrow();
      const stored = attachmentPath(workspace.evidence.attachmentsDir, (JSON.parse(nda.attachments) as string[])[0]!);
      const bytes = readFileSync(stored);
      unlinkSync(stored);
      const lost = await verifyWorkspaceLog(workspace);
      assert.deepEqual([lost.problem?.seq, lost.problem?.kind], [nda.seq, 'missing-attachment']);
      const lostZip = `${zip}.lost.zip`;
      await buildAuditorPackage(workspace.context({ type: 'user', id: 'maya@brightline.example' }), WINDOW, createWriteStream(lostZip));
      const lostDir = await unpacked(lostZip);
      folders.push(lostDir);
      rmSync(lostZip);
      const missing = await runVerifier(lostDir);
      assert.equal(missing.code, 1);
      assert.match(missing.stdout, new RegExp(`FAILED event ${nda.seq}: its attachment [0-9a-f]{64} is not in the package`));
      writeFileSync(stored, bytes);

      // Someone with the database's rights edits an event in the window without recomputing its hash.
      await dropAppendOnlyGuard(workspace);
      const ctx = workspace.context({ type: 'user', id: 'maya@brightline.example' });
      const lee = await workspace.store.db.selectFrom('evidence_events').select('seq').where('action', '=', 'people.offboarding.started').orderBy('seq').executeTakeFirstOrThrow();
      await workspace.store.db.updateTable('evidence_events').set({ data: '{"email":"someone-else@brightline.example"}' }).where('seq', '=', lee.seq).execute();
      const edited = await verifyWorkspaceLog(workspace);
      assert.deepEqual([edited.problem?.seq, edited.problem?.kind], [lee.seq, 'edited']);
      const editedZip = `${zip}.edited.zip`;
      await buildAuditorPackage(ctx, WINDOW, createWriteStream(editedZip));
      let dir = await unpacked(editedZip);
      folders.push(dir);
      rmSync(editedZip);
      let verdict = await runVerifier(dir);
      assert.equal(verdict.code, 1);
      assert.ok(verdict.stdout.includes(`FAILED event ${lee.seq}: does not match its hash`), verdict.stdout);

      // A careful forger recomputes the hash of that event and of every one after it: the signatures give it away.
      let prevHash = (await allEvents(workspace)).find((row) => row.seq === lee.seq - 1)!.hash;
      for (const row of (await allEvents(workspace)).filter((r) => r.seq >= lee.seq)) {
        const hash = eventHash({ ...row, prev_hash: prevHash });
        await workspace.store.db.updateTable('evidence_events').set({ prev_hash: prevHash, hash }).where('seq', '=', row.seq).execute();
        prevHash = hash;
      }
      const rehashed = await verifyWorkspaceLog(workspace);
      assert.equal(rehashed.problem?.kind, 'checkpoint-mismatch');
      const forgedZip = `${zip}.forged.zip`;
      await buildAuditorPackage(ctx, WINDOW, createWriteStream(forgedZip));
      dir = await unpacked(forgedZip);
      folders.push(dir);
      rmSync(forgedZip);
      verdict = await runVerifier(dir);
      assert.equal(verdict.code, 1);
      assert.ok(verdict.stdout.includes(`FAILED event ${rehashed.problem!.seq}: the chain does not match its signed checkpoint`), verdict.stdout);
    });
  });

  describe(`a package made while the workspace changes, on ${engine.name}`, { skip: engine.skip }, () => {
    test('holds the workspace as it was when the package began: a hire added meanwhile is in no file of it', async (t) => {
      const clock = manualClock('2026-01-05T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const zip = path.join(tmpdir(), `groundwork-package-snapshot-${engine.name}-${process.pid}.zip`);
      t.after(async () => {
        await workspace.close();
        rmSync(zip, { force: true });
      });
      await brightlineSecondQuarter(workspace, clock);
      // The output takes the first chunk, then waits: the package stops mid-way, its populations half written.
      const { promise: started, resolve: start } = Promise.withResolvers<void>();
      const { promise: resumed, resolve: resume } = Promise.withResolvers<void>();
      const file = createWriteStream(zip);
      const slow = new Writable({
        write(chunk, _encoding, done) {
          start();
          resumed.then(() => file.write(chunk, done));
        },
        final(done) {
          file.end(done);
        },
      });
      const building = buildAuditorPackage(workspace.context({ type: 'user', id: 'maya@brightline.example' }), WINDOW, slow);
      await started;
      const gil = await addPerson(workspace.context({ type: 'cli', id: 'test@localhost' }), { name: 'Gil Ortega', email: 'gil@brightline.example', kind: 'employee', startOn: '2026-06-15' });
      const added = await workspace.store.db.selectFrom('evidence_events').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirstOrThrow();
      resume();
      const made = await building;

      const dir = await unpacked(zip);
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      assert.equal((await runVerifier(dir)).code, 0);
      for (const kind of ['hires', 'people'] as const) assert.ok(!csv(dir, kind).some((row) => row.name === gil.name), `${kind}.csv has no Gil`);
      assert.ok(made.events!.last < Number(added.seq), 'the log’s slice ends before the hire was recorded');
      // Made again, the package has him.
      const again = path.join(tmpdir(), `groundwork-package-snapshot-again-${engine.name}-${process.pid}.zip`);
      await buildAuditorPackage(workspace.context({ type: 'user', id: 'maya@brightline.example' }), WINDOW, createWriteStream(again));
      const later = await unpacked(again);
      t.after(() => rmSync(later, { recursive: true, force: true }));
      rmSync(again);
      assert.ok(csv(later, 'hires').some((row) => row.name === gil.name));
    });
  });
}
