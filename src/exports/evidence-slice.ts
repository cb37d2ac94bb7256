import type { Context } from '../context.ts';
import { GENESIS_HASH } from '../db/migrations/0001-kernel.ts';
import type { ExportWindow } from './export-window.ts';
import { eventLine } from './event-line.ts';
import { keysetPages } from '../db/keyset-pages.ts';

/** A signature over "the chain up to `seq` ends in `hash`": a periodic checkpoint, or the log's signed head. */
export interface SignedPoint {
  seq: number;
  hash: string;
  /** null for the head, which is signed again at every append. */
  signedAt: string | null;
  keyId: string;
  signature: string;
}

/**
 * The part of the log a package holds: every event recorded or taking effect in the window, and
 * every event its populations cite, widened to whole signed stretches, so that each event is
 * under a signature: it starts right after a signed checkpoint (or at the first event) and ends
 * on one (or on the signed head). `firstSeq` is null when the window has no events.
 */
export interface EvidenceSlice {
  firstSeq: number | null;
  lastSeq: number | null;
  /** The hash the first event links to: the start checkpoint's, or 64 zeros at the start of the log. */
  previousHash: string | null;
  /** The first and last events of the window itself, inside the slice. */
  window: { first: number | null; last: number | null };
  /** The start checkpoint, every checkpoint in the slice, and the head when it ends the slice. */
  checkpoints: SignedPoint[];
}

const EVENT_PAGE = 500;

/** Picks the slice for a window; `cited` is the range of events the populations name. */
export async function evidenceSlice(ctx: Pick<Context, 'db'>, window: ExportWindow, cited: { min: number; max: number } | null): Promise<EvidenceSlice> {
  const db = ctx.db;
  // Events appended while the package is written are not in it: they come after the head read here.
  const head = await db.selectFrom('evidence_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const [start, end] = [window.start.toISOString(), window.end.toISOString()];
  const bounds = await db
    .selectFrom('evidence_events')
    .select((eb) => [eb.fn.min<number>('seq').as('first'), eb.fn.max<number>('seq').as('last')])
    .where('seq', '<=', head.seq)
    .where((eb) => eb.or([eb.and([eb('recorded_at', '>=', start), eb('recorded_at', '<', end)]), eb.and([eb('effective_at', '>=', start), eb('effective_at', '<', end)])]))
    .executeTakeFirstOrThrow();
  const inWindow = { first: bounds.first === null ? null : Number(bounds.first), last: bounds.last === null ? null : Number(bounds.last) };
  const first = Math.min(inWindow.first ?? Infinity, cited?.min ?? Infinity);
  const last = Math.max(inWindow.last ?? -Infinity, cited?.max ?? -Infinity);
  if (first === Infinity) return { firstSeq: null, lastSeq: null, previousHash: null, window: inWindow, checkpoints: [] };

  const point = (row: { seq: number; hash: string; signed_at: string; key_id: string; signature: string }): SignedPoint => ({ seq: row.seq, hash: row.hash, signedAt: row.signed_at, keyId: row.key_id, signature: row.signature });
  const before = await db.selectFrom('evidence_checkpoints').selectAll().where('seq', '<', first).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const after = await db.selectFrom('evidence_checkpoints').selectAll().where('seq', '>=', last).where('seq', '<=', head.seq).orderBy('seq').limit(1).executeTakeFirst();
  const firstSeq = before ? before.seq + 1 : 1;
  const lastSeq = after ? after.seq : head.seq;
  const inside = await db.selectFrom('evidence_checkpoints').selectAll().where('seq', '>=', firstSeq - 1).where('seq', '<=', lastSeq).orderBy('seq').execute();
  const checkpoints = inside.map(point);
  if (!after) checkpoints.push({ seq: head.seq, hash: head.hash, signedAt: null, keyId: head.key_id ?? '', signature: head.signature ?? '' });
  return { firstSeq, lastSeq, previousHash: before?.hash ?? GENESIS_HASH, window: inWindow, checkpoints };
}

/**
 * The slice's events as JSON Lines, a page at a time, each line the event's canonical JSON (see
 * eventLine); `onAttachments` hears each event's attachment digests.
 */
export async function* sliceEvents(ctx: Pick<Context, 'db'>, slice: EvidenceSlice, onAttachments: (seq: number, digests: string[]) => void): AsyncGenerator<string> {
  if (slice.firstSeq === null || slice.lastSeq === null) return;
  const { firstSeq, lastSeq } = slice;
  const pages = keysetPages(
    (after: number | undefined) =>
      ctx.db
        .selectFrom('evidence_events')
        .selectAll()
        .where('seq', '>', after ?? firstSeq - 1)
        .where('seq', '<=', lastSeq)
        .orderBy('seq')
        .limit(EVENT_PAGE)
        .execute(),
    (row) => row.seq,
    EVENT_PAGE,
  );
  for await (const page of pages) {
    // A hundred lines per chunk, some 50 KB: large short-lived buffers fragment the process's memory.
    for (let i = 0; i < page.length; i += 100) {
      let lines = '';
      for (const row of page.slice(i, i + 100)) {
        if (row.attachments !== '[]') onAttachments(row.seq, JSON.parse(row.attachments) as string[]);
        lines += `${eventLine(row)}\n`;
      }
      yield lines;
    }
  }
}
