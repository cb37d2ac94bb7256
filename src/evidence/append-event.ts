import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { canonicalJson } from './canonical-json.ts';
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
 * Appends one event to the log. Must run inside the transaction of the change it records, so
 * both commit or neither does. The head row update takes the log's write lock (a row lock on
 * PostgreSQL, the database lock on SQLite), so concurrent writers queue and the chain never forks.
 */
export async function appendEvent(ctx: Context, input: AppendInput): Promise<EvidenceEvent> {
  if (!ctx.db.isTransaction) throw new Error('appendEvent must run inside the transaction of the change it records');
  const now = ctx.now();
  const effective = input.effectiveAt ?? now;
  if (Number.isNaN(effective.getTime())) throw invalidInput('the effective date is not a valid date', 'effectiveAt');
  if (effective.getTime() > now.getTime()) {
    throw invalidInput(`the effective date ${effective.toISOString()} is later than now (${now.toISOString()})`, 'effectiveAt');
  }
  const attachments = [...new Set(input.attachments ?? [])];
  await requireStoredAttachments(ctx, attachments);

  const head = await ctx.db
    .updateTable('evidence_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();

  const row = {
    seq: head.seq,
    recorded_at: now.toISOString(),
    effective_at: effective.toISOString(),
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    action: input.action,
    subject_type: input.subject.type,
    subject_id: input.subject.id,
    data: canonicalJson(input.data ?? {}),
    attachments: canonicalJson(attachments),
    prev_hash: head.hash,
    hash: '',
  };
  row.hash = eventHash({
    seq: row.seq,
    recordedAt: row.recorded_at,
    effectiveAt: row.effective_at,
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    data: row.data,
    attachments: row.attachments,
    prevHash: row.prev_hash,
  });
  await ctx.db.insertInto('evidence_events').values(row).execute();

  const key = ctx.evidence.signingKey;
  const signature = signCheckpoint(key, row.seq, row.hash);
  await ctx.db
    .updateTable('evidence_head')
    .set({ hash: row.hash, key_id: key.keyId, signature })
    .where('id', '=', 1)
    .execute();
  if (row.seq % ctx.evidence.checkpointEvery === 0) {
    await ctx.db
      .insertInto('evidence_checkpoints')
      .values({ seq: row.seq, hash: row.hash, signed_at: row.recorded_at, key_id: key.keyId, signature })
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
