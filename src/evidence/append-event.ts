import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { canonicalJson } from './canonical-json.ts';
import { lockTail } from './chain-tail.ts';
import { effectiveAtOrNow } from './effective-at.ts';
import { type EvidenceEvent, eventFromRow } from './event.ts';
import { eventHash } from './event-hash.ts';
import { signCheckpoint } from './signing-key.ts';

export interface AppendInput {
  /** What happened, as `module.noun.verb`: "cadence.occurrence.completed". */
  action: string;
  subject: { type: string; id: string };
  data?: Record<string, unknown>;
  /** When it happened, if earlier than now: a review done on 30 June and entered on 8 July. */
  effectiveAt?: Date;
  /** SHA-256 digests of attachments already stored with `storeAttachment`. */
  attachments?: string[];
}

/**
 * Appends one event to the log, inside `inTransaction` with the change it records, so both
 * commit or neither does. The first append of a transaction takes the log's write lock.
 */
export async function appendEvent(ctx: Context, input: AppendInput): Promise<EvidenceEvent> {
  const tail = ctx.tail;
  if (!tail) throw new Error('appendEvent must run inside inTransaction, with the change it records');
  const now = ctx.now();
  const effective = effectiveAtOrNow(input.effectiveAt, now);
  const attachments = [...new Set(input.attachments ?? [])];
  await requireStoredAttachments(ctx, attachments);

  await lockTail(ctx, tail);
  const row = {
    seq: tail.seq + 1,
    recorded_at: now.toISOString(),
    effective_at: effective.toISOString(),
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    action: input.action,
    subject_type: input.subject.type,
    subject_id: input.subject.id,
    data: canonicalJson(input.data ?? {}),
    attachments: canonicalJson(attachments),
    prev_hash: tail.hash,
    hash: '',
  };
  row.hash = eventHash(row);
  await ctx.db.insertInto('evidence_events').values(row).execute();
  tail.seq = row.seq;
  tail.hash = row.hash;
  if (row.seq % ctx.evidence.checkpointEvery === 0) {
    const key = ctx.evidence.signingKey;
    await ctx.db
      .insertInto('evidence_checkpoints')
      .values({ seq: row.seq, hash: row.hash, signed_at: row.recorded_at, key_id: key.keyId, signature: signCheckpoint(key, row.seq, row.hash) })
      .execute();
  }
  return eventFromRow(row);
}

async function requireStoredAttachments(ctx: Context, hashes: string[]): Promise<void> {
  if (hashes.length === 0) return;
  const found = await ctx.db.selectFrom('attachments').select('sha256').where('sha256', 'in', hashes).execute();
  const missing = hashes.filter((h) => !found.some((f) => f.sha256 === h));
  if (missing.length > 0) throw invalidInput(`no stored attachment has the SHA-256 ${missing.join(', ')}`, 'attachments');
}
