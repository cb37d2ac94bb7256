import { createHash, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database, EvidenceCheckpointTable, EvidenceEventTable, EvidenceHeadTable } from '../db/schema.ts';
import { GENESIS_HASH } from '../db/migrations/0001-kernel.ts';
import { attachmentPath } from './store-attachment.ts';
import { eventHash } from './event-hash.ts';
import { checkpointSignatureValid } from './signing-key.ts';

export type ProblemKind =
  | 'edited'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'missing-attachment'
  | 'bad-signature'
  | 'checkpoint-mismatch';

export interface VerifyResult {
  ok: boolean;
  /** Events whose hash and link were checked. */
  events: number;
  /** Signed checkpoints whose signature and hash were checked. */
  checkpoints: number;
  /** Attachment files re-hashed. */
  attachments: number;
  lastSeq: number;
  /** Events after the last periodic checkpoint; they are covered by the signed head. */
  unsignedTail: number;
  /** The first thing wrong, in sequence order. */
  problem?: { seq: number; kind: ProblemKind; message: string };
}

export interface VerifyOptions {
  db: Kysely<Database>;
  publicKey: KeyObject;
  attachmentsDir: string;
  /** Rows read per query; the log is streamed, never loaded whole. */
  pageSize?: number;
  onProgress?: (checked: number, total: number) => void;
}

class Tampered extends Error {
  readonly seq: number;
  readonly kind: ProblemKind;
  constructor(seq: number, kind: ProblemKind, message: string) {
    super(message);
    this.seq = seq;
    this.kind = kind;
  }
}

/**
 * Checks the whole log: every event's hash over its canonical encoding, every link to its
 * predecessor, gap-free sequence numbers, every signed checkpoint, the signed head (so a cut
 * or extended tail is caught), and every attachment file against its digest. Stops at the
 * first problem, which names its sequence number and what is wrong.
 */
export async function verifyLog(options: VerifyOptions): Promise<VerifyResult> {
  const { db, publicKey } = options;
  const pageSize = options.pageSize ?? 1000;
  const head = await db.selectFrom('evidence_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const checkpoints = await db.selectFrom('evidence_checkpoints').selectAll().orderBy('seq').execute();
  const bySeq = new Map(checkpoints.map((c) => [c.seq, c]));
  const result: VerifyResult = { ok: true, events: 0, checkpoints: 0, attachments: 0, lastSeq: 0, unsignedTail: 0 };
  let prevHash = GENESIS_HASH;
  let expected = 1;
  try {
    for (;;) {
      const page = await db
        .selectFrom('evidence_events')
        .selectAll()
        .where('seq', '>=', expected)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of page) {
        if (row.seq !== expected) {
          throw new Tampered(expected, 'deleted', `event ${expected} is missing: the log jumps from ${expected - 1} to ${row.seq}`);
        }
        if (eventHash(row) !== row.hash) throw await editedOrMoved(db, head, row);
        if (row.prev_hash !== prevHash) {
          throw new Tampered(row.seq, 'inserted', `event ${row.seq} does not link to event ${row.seq - 1}: an event was inserted or removed before it`);
        }
        const checkpoint = bySeq.get(row.seq);
        if (checkpoint) {
          checkCheckpoint(publicKey, checkpoint, row.hash);
          result.checkpoints++;
        }
        if (row.attachments !== '[]') result.attachments += await checkAttachments(options.attachmentsDir, row);
        prevHash = row.hash;
        expected++;
        result.events++;
      }
      options.onProgress?.(result.events, head.seq);
      if (page.length < pageSize) break;
    }
    result.lastSeq = expected - 1;
    checkHead(publicKey, head, result.lastSeq, prevHash);
    const orphan = checkpoints.find((c) => c.seq > result.lastSeq);
    if (orphan) throw new Tampered(orphan.seq, 'deleted', `a signed checkpoint vouches for event ${orphan.seq}, which is gone`);
    result.unsignedTail = result.lastSeq - (checkpoints.at(-1)?.seq ?? 0);
  } catch (error) {
    if (!(error instanceof Tampered)) throw error;
    result.ok = false;
    result.problem = { seq: error.seq, kind: error.kind, message: error.message };
  }
  return result;
}

/**
 * An event whose content no longer matches its hash was either edited, or moved to another
 * sequence number: its true successor (the event that links to its hash), or the signed head
 * for the last event, tells which.
 */
async function editedOrMoved(db: Kysely<Database>, head: EvidenceHeadTable, row: EvidenceEventTable): Promise<Tampered> {
  const successor = await db.selectFrom('evidence_events').select('seq').where('prev_hash', '=', row.hash).executeTakeFirst();
  const original = successor ? successor.seq - 1 : head.hash === row.hash ? head.seq : undefined;
  if (original !== undefined && original !== row.seq && eventHash({ ...row, seq: original }) === row.hash) {
    return new Tampered(row.seq, 'reordered', `event ${row.seq} is the event recorded as ${original}: events were reordered`);
  }
  return new Tampered(row.seq, 'edited', `event ${row.seq} does not match its hash: it was edited after it was recorded`);
}

function checkCheckpoint(publicKey: KeyObject, checkpoint: EvidenceCheckpointTable, hash: string): void {
  if (!checkpointSignatureValid(publicKey, checkpoint.seq, checkpoint.hash, checkpoint.signature)) {
    throw new Tampered(checkpoint.seq, 'bad-signature', `the checkpoint at event ${checkpoint.seq} is not signed by this workspace's key`);
  }
  if (checkpoint.hash !== hash) {
    throw new Tampered(
      checkpoint.seq,
      'checkpoint-mismatch',
      `the chain does not match the signed checkpoint at event ${checkpoint.seq}: an event at or before it was inserted, edited or removed and the hashes recomputed`,
    );
  }
}

function checkHead(publicKey: KeyObject, head: EvidenceHeadTable, lastSeq: number, lastHash: string): void {
  if (head.seq > lastSeq) {
    throw new Tampered(lastSeq + 1, 'deleted', `the log ends at event ${lastSeq} but its signed head is at event ${head.seq}: events were removed from the end`);
  }
  if (head.seq < lastSeq) {
    throw new Tampered(head.seq + 1, 'inserted', `events after ${head.seq} were added outside Groundwork: the signed head ends at event ${head.seq}`);
  }
  if (lastSeq === 0) return;
  if (!head.signature || !checkpointSignatureValid(publicKey, head.seq, head.hash, head.signature)) {
    throw new Tampered(head.seq, 'bad-signature', `the head of the log (event ${head.seq}) is not signed by this workspace's key`);
  }
  if (head.hash !== lastHash) {
    throw new Tampered(
      head.seq,
      'checkpoint-mismatch',
      `the chain does not match its signed head at event ${head.seq}: an event was inserted, edited or removed and the hashes recomputed`,
    );
  }
}

async function checkAttachments(dir: string, row: EvidenceEventTable): Promise<number> {
  const digests = JSON.parse(row.attachments) as string[];
  for (const digest of digests) {
    let actual: string;
    try {
      actual = await sha256File(attachmentPath(dir, digest));
    } catch {
      throw new Tampered(row.seq, 'missing-attachment', `attachment ${digest} of event ${row.seq} is missing from the data directory`);
    }
    if (actual !== digest) {
      throw new Tampered(row.seq, 'missing-attachment', `attachment ${digest} of event ${row.seq} was altered: its content hashes to ${actual}`);
    }
  }
  return digests.length;
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
