/**
 * The auditor package benchmark: the package of a twelve-month window of a large workspace (n
 * events in the log, n accounts in 200 systems each reviewed in one of the window's quarters,
 * n / 100 people hired, onboarded and some offboarded in the window), beside a baseline that
 * writes the same files into a ZIP the same way (yazl, the same compression) without Groundwork's
 * work: no queries, no CSV, no hashing, no PDFs.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type Insertable, type Kysely, sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { ZipFile } from 'yazl';
import { accountRow } from '../src/accounts/stored-account.ts';
import { inTransaction } from '../src/context.ts';
import type {
  AccessReviewItemTable, AcknowledgementTable, ChecklistItemTable, ChecklistTable, Database, EngagementTable, EvidenceEventTable, ObligationCompletionTable, ObligationDueDateTable, ObligationTable, PersonTable,
} from '../src/db/schema.ts';
import { canonicalJson } from '../src/evidence/canonical-json.ts';
import { eventHash } from '../src/evidence/event-hash.ts';
import { signCheckpoint } from '../src/evidence/signing-key.ts';
import { storeAttachment } from '../src/evidence/store-attachment.ts';
import { buildAuditorPackage } from '../src/exports/build-auditor-package.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { addSystem } from '../src/systems/add-system.ts';
import { systemCategories } from '../src/systems/system.ts';
import { localDateOf, startOfLocalDay } from '../src/time/local-date.ts';
import { quarterOf } from '../src/time/quarter.ts';
import { updateWorkspace } from '../src/workspace/update-workspace.ts';
import { publishTemplate } from '../test/policies.ts';
import { unzip } from '../test/unzip.ts';
import { accountOf, personEmail, personFullName } from './account-exports.ts';

const actor = { type: 'cli', id: 'bench' } as const;
const TIME_ZONE = 'America/New_York';
const SYSTEMS = 200;
const ONBOARDING_ITEMS = 15;
const OFFBOARDING_ITEMS = 20;
const ATTACHMENTS = 100;
const POLICIES = ['information-security', 'acceptable-use', 'access-control', 'password-authentication', 'data-classification', 'security-orientation'];
const PACKAGE = 'bench-package.zip';

/** The twelve months ending today, in the workspace's zone. */
function benchWindow(): { from: Temporal.PlainDate; to: Temporal.PlainDate } {
  const to = localDateOf(new Date(), TIME_ZONE);
  return { from: to.subtract({ years: 1 }).add({ days: 1 }), to };
}

const at = (date: Temporal.PlainDate, hour: number) => new Date(startOfLocalDay(date, TIME_ZONE).getTime() + hour * 3_600_000).toISOString();

async function insertAll<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[], perStatement: number): Promise<void> {
  for (let i = 0; i < rows.length; i += perStatement) await db.insertInto(table).values(rows.slice(i, i + perStatement) as never).execute();
}

/**
 * The log: n events spread evenly over the window, chained and signed as appendEvent does, a
 * checkpoint every GROUNDWORK_CHECKPOINT_EVERY, one in every n / 100 carrying an attachment.
 */
async function seedEvents(workspace: Workspace, n: number, from: Temporal.PlainDate, to: Temporal.PlainDate, attachments: string[]): Promise<void> {
  const db = workspace.store.db;
  const key = workspace.evidence.signingKey;
  const every = workspace.evidence.checkpointEvery;
  const head = await db.selectFrom('evidence_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const start = Date.parse(at(from, 8));
  const span = Date.parse(at(to, 6)) - start;
  let prevHash = head.hash;
  let rows: EvidenceEventTable[] = [];
  for (let i = 1; i <= n; i++) {
    const seq = head.seq + i;
    const recorded = new Date(start + Math.floor((span * i) / n)).toISOString();
    const attached = i % (n / ATTACHMENTS) === 0 ? [attachments[(i / (n / ATTACHMENTS)) % attachments.length]!] : [];
    const row: EvidenceEventTable = {
      seq, recorded_at: recorded, effective_at: recorded, actor_type: 'user', actor_id: personEmail(i % 97), action: 'reviews.accounts.decided',
      subject_type: 'review', subject_id: `review-${i % 4}`, data: canonicalJson({ account: `u-${i % SYSTEMS}-${i}`, decision: i % 14 === 0 ? 'revoke' : 'keep', reason: null }),
      attachments: canonicalJson(attached), prev_hash: prevHash, hash: '',
    };
    row.hash = eventHash(row);
    prevHash = row.hash;
    rows.push(row);
    if (seq % every === 0 || i === n) {
      await insertAll(db, 'evidence_events', rows, 2000);
      rows = [];
      if (seq % every === 0) await db.insertInto('evidence_checkpoints').values({ seq, hash: row.hash, signed_at: recorded, key_id: key.keyId, signature: signCheckpoint(key, seq, row.hash) }).execute();
    }
  }
  await db.updateTable('evidence_head').set({ seq: head.seq + n, hash: prevHash, key_id: key.keyId, signature: signCheckpoint(key, head.seq + n, prevHash) }).where('id', '=', 1).execute();
}

/**
 * n / 100 people: most hired in the window and onboarded from a 15-item checklist a week before
 * their start, the rest hired before it; a fifth of them offboarded in the window (20 items, the
 * same-day deadline met), and every one acknowledging the policies. Returns email → person id.
 */
async function seedPeople(workspace: Workspace, people: number, from: Temporal.PlainDate, proofSeq: number): Promise<Map<string, string>> {
  const db = workspace.store.db;
  const ids = new Map<string, string>();
  const now = new Date().toISOString();
  const days = from.until(benchWindow().to).days;
  const versions = await db.selectFrom('policy_versions').select(['policy_id', 'version', 'sha256']).where('published_at', 'is not', null).execute();
  for (let start = 0; start < people; start += 500) {
    const persons: Insertable<PersonTable>[] = [];
    const engagements: Insertable<EngagementTable>[] = [];
    const checklists: Insertable<ChecklistTable>[] = [];
    const items: Insertable<ChecklistItemTable>[] = [];
    const obligations: Insertable<ObligationTable>[] = [];
    const dueDates: Insertable<ObligationDueDateTable>[] = [];
    const completions: Insertable<ObligationCompletionTable>[] = [];
    const acknowledgements: Insertable<AcknowledgementTable>[] = [];
    for (let p = start; p < Math.min(people, start + 500); p++) {
      const person = randomUUID();
      const engagement = randomUUID();
      ids.set(personEmail(p), person);
      const hired = p % 10 < 7;
      const startOn = hired ? from.add({ days: p % Math.floor(days * 0.6) }) : from.subtract({ days: 30 + (p % 700) });
      persons.push({ id: person, name: personFullName(p), email: personEmail(p), aliases: '[]', created_at: now });
      engagements.push({ id: engagement, person_id: person, kind: p % 5 === 2 ? 'contractor' : 'employee', title: 'Engineer', department: 'Engineering', manager_id: null, start_on: startOn.toString(), end_on: p % 5 === 2 ? startOn.add({ years: 2 }).toString() : null, end_obligation_id: null, created_at: now });
      const done = (iso: string) => ({ done_at: iso, effective_at: iso, done_by: 'admin@brightline.example', outcome: 'done', link: null, attachment_sha256: null, note: null, evidence_seq: proofSeq + (p % 1000), system_id: null, access_role: null, asset_id: null, proof: 'confirmation', confirmed_by: 'admin' });
      if (hired) {
        const onboarding = randomUUID();
        checklists.push({ id: onboarding, engagement_id: engagement, kind: 'onboarding', started_at: at(startOn.subtract({ days: 7 }), 10), started_by: 'admin@brightline.example', terminates_at: null, reason: null, conversation_at: null, batch_id: null, obligation_id: null });
        for (let k = 0; k < ONBOARDING_ITEMS; k++) items.push({ checklist_id: onboarding, position: k, key: `item-${k}`, phase: ['before-day-one', 'day-one', 'first-weeks'][k % 3]!, title: `Onboarding item ${k}`, ...done(at(startOn.subtract({ days: 2 }), 10)) });
      }
      if (p % 5 === 0) {
        const leftOn = startOn.add({ days: 90 + (p % 60) });
        const offboarding = randomUUID();
        const obligation = `offboarding:${offboarding}`;
        obligations.push({ id: obligation, title: `Revoke all of ${personFullName(p)}'s access`, owner: 'admin', subject_type: 'person', subject_id: person, every: null, anchor_on: leftOn.subtract({ days: 1 }).toString(), grace: 'P30D', created_at: now, retired_on: null });
        dueDates.push({ obligation_id: obligation, due_on: leftOn.toString() });
        completions.push({ obligation_id: obligation, due_on: leftOn.toString(), effective_at: at(leftOn, 16), recorded_at: at(leftOn, 16), evidence_seq: proofSeq, note: null });
        checklists.push({ id: offboarding, engagement_id: engagement, kind: 'offboarding', started_at: at(leftOn, 14), started_by: 'admin@brightline.example', terminates_at: at(leftOn, 17), reason: p % 7 === 0 ? 'involuntary' : 'voluntary', conversation_at: null, batch_id: null, obligation_id: obligation });
        for (let k = 0; k < OFFBOARDING_ITEMS; k++) items.push({ checklist_id: offboarding, position: k, key: `item-${k}`, phase: k < 16 ? 'access' : 'wrap-up', title: `Offboarding item ${k}`, ...done(at(leftOn, 15)) });
      }
      for (const version of versions) {
        acknowledgements.push({ person_id: person, policy_id: version.policy_id, version: version.version, sha256: version.sha256, acknowledged_at: at(hired ? startOn.subtract({ days: 3 }) : from.add({ days: p % 30 }), 11), via: 'session', evidence_seq: proofSeq + (p % 1000) });
      }
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('people').values(persons).execute();
      await tx.insertInto('engagements').values(engagements).execute();
      if (obligations.length > 0) {
        await tx.insertInto('obligations').values(obligations).execute();
        await tx.insertInto('obligation_due_dates').values(dueDates).execute();
        await tx.insertInto('obligation_completions').values(completions).execute();
      }
      await tx.insertInto('checklists').values(checklists).execute();
      await insertAll(tx, 'checklist_items', items, 1000);
      await insertAll(tx, 'acknowledgements', acknowledgements, 1000);
    });
  }
  return ids;
}

/**
 * 200 systems of n / 200 accounts each, every system reviewed in one quarter of the window (a
 * quarter of the systems each): the list before, a decision for every account, the sign-off,
 * the review closed and its occurrence completed on time.
 */
async function seedReviews(workspace: Workspace, n: number, people: number, from: Temporal.PlainDate, to: Temporal.PlainDate, personIds: Map<string, string>, proofSeq: number): Promise<void> {
  const db = workspace.store.db;
  const ctx = workspace.context(actor);
  const systems: string[] = [];
  for (let s = 0; s < SYSTEMS; s++) {
    const category = systemCategories[s % systemCategories.length]!;
    systems.push((await addSystem(ctx, { name: `Bench system ${String(s + 1).padStart(3, '0')}`, category, owner: personEmail(s), classification: 'confidential' })).id);
  }
  // The systems have been in scope since before the window: their quarterly reviews fall due in it.
  await db.updateTable('obligations').set({ anchor_on: quarterOf(from.subtract({ months: 3 })).endsOn.toString() }).where('id', 'like', 'access-review:%').execute();
  const quarters: Temporal.PlainDate[] = [];
  for (let end = quarterOf(from).endsOn; Temporal.PlainDate.compare(end, to) <= 0; end = quarterOf(end.add({ days: 1 })).endsOn) quarters.push(end);
  const perSystem = n / SYSTEMS;
  for (const [q, dueOn] of quarters.entries()) {
    const reviewId = randomUUID();
    const startedOn = dueOn.subtract({ days: 10 });
    await db.insertInto('access_reviews').values({ id: reviewId, quarter: quarterOf(dueOn).label, started_at: at(startedOn, 9), started_by: 'user:admin@brightline.example', closed_at: at(dueOn.subtract({ days: 1 }), 17), closed_by: 'user:admin@brightline.example' }).execute();
    for (const [s, systemId] of systems.entries()) {
      if (s % quarters.length !== q) continue;
      const snapshot = randomUUID();
      const reviewer = personEmail(s);
      await db.insertInto('account_snapshots').values({ id: snapshot, system_id: systemId, number: 1, format: 'plain-csv', as_of: at(startedOn, 7), imported_at: at(startedOn, 8), imported_by: 'cli:bench', sources: JSON.stringify([{ name: `${systemId}.csv`, bytes: perSystem * 150, sha256: '0'.repeat(64) }]), accounts: perSystem }).execute();
      await db.insertInto('access_review_systems').values({ review_id: reviewId, system_id: systemId, reviewer, before_snapshot_id: snapshot, obligation_id: `access-review:${systemId}`, due_on: dueOn.toString(), signed_off_at: at(dueOn.subtract({ days: 2 }), 16), signed_off_by: reviewer }).execute();
      await db.insertInto('obligation_completions').values({ obligation_id: `access-review:${systemId}`, due_on: dueOn.toString(), effective_at: at(dueOn.subtract({ days: 1 }), 17), recorded_at: at(dueOn.subtract({ days: 1 }), 17), evidence_seq: proofSeq, note: null }).execute();
      const accounts = [];
      const items: Insertable<AccessReviewItemTable>[] = [];
      for (let i = 0; i < perSystem; i++) {
        const account = accountOf(s, i, people);
        accounts.push(accountRow(snapshot, account));
        const person = account.email ? (personIds.get(account.email.toLowerCase()) ?? null) : null;
        const decision = i % 14 === 0 ? 'revoke' : i % 33 === 0 ? 'change' : 'keep';
        items.push({
          review_id: reviewId, system_id: systemId, external_id: account.externalId, person_id: person, matched_by: person ? 'email' : null, flags: '[]', flag_mask: 0, own_account_of: null,
          sort_key: (account.displayName ?? account.userName ?? account.externalId).toLowerCase(), search_text: [account.email, account.userName, account.displayName, account.externalId].filter(Boolean).join('\n').toLowerCase(),
          decision, reason: decision === 'keep' ? null : 'no longer needed', decided_by: reviewer, decided_at: at(startedOn.add({ days: 2 }), 10),
          exception_reason: null, exception_by: null, exception_at: null,
        });
      }
      await insertAll(db, 'accounts', accounts, 1000);
      await insertAll(db, 'access_review_items', items, 1000);
    }
  }
}

/**
 * The large workspace: attachments, then the log of n events, then policies in force since before
 * the window, the people, and the systems with their accounts and reviews. Written straight into
 * the tables where the domain would take longer than the benchmark; the setup is not measured.
 */
export async function seedLargeWorkspace(workspace: Workspace, n: number): Promise<void> {
  const { from, to } = benchWindow();
  const ctx = workspace.context(actor);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: TIME_ZONE });
  const attachments = await inTransaction(ctx, async (tx) => {
    const digests: string[] = [];
    for (let a = 0; a < ATTACHMENTS; a++) digests.push((await storeAttachment(tx, Buffer.from(`restore test ${a}\n${'row counts match\n'.repeat(500)}`), `restore-${a}.txt`)).sha256);
    return digests;
  });
  await seedEvents(workspace, n, from, to, attachments);
  const before = workspace.context(actor, () => new Date(at(from.subtract({ days: 20 }), 10)));
  for (const id of POLICIES) await publishTemplate(before, id);
  const personIds = await seedPeople(workspace, n / 100, from, 2);
  await seedReviews(workspace, n, n / 100, from, to, personIds, 2);
  if (workspace.store.engine === 'postgres') await sql`analyze`.execute(workspace.store.db);
}

/** The timed part: the package of the twelve months, written to a file of the data directory. */
export async function writePackage(workspace: Workspace): Promise<() => Promise<Record<string, number>>> {
  const { from, to } = benchWindow();
  const ctx = workspace.context(actor);
  return async () => {
    const summary = await buildAuditorPackage(ctx, { from: from.toString(), to: to.toString() }, createWriteStream(path.join(workspace.config.dataDir, PACKAGE)));
    assert.ok(summary.events && summary.events.last - summary.events.first > 0);
    return { files: summary.files, megabytes: Math.round(summary.bytes / 2 ** 20), zipMegabytes: Math.round(summary.zipBytes / 2 ** 20) };
  };
}

/**
 * The baseline: the same files, unpacked from the package before the clock starts, written into a
 * ZIP in the same order by the same writer with the same compression, straight from disk.
 */
export async function zipSameFiles(workspace: Workspace): Promise<() => Promise<void>> {
  const dir = path.join(workspace.config.dataDir, 'bench-package');
  mkdirSync(dir, { recursive: true });
  await unzip(path.join(workspace.config.dataDir, PACKAGE), dir);
  const files = [...(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).files as { path: string }[]).map((f) => f.path), 'manifest.json'];
  return async () => {
    const zip = new ZipFile();
    const written = pipeline(zip.outputStream, createWriteStream(path.join(workspace.config.dataDir, 'bench-baseline.zip')));
    for (const file of files) zip.addReadStream(createReadStream(path.join(dir, file)), file, { mtime: new Date() });
    zip.end();
    await written;
  };
}
