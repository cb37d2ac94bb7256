import { createHash } from 'node:crypto';
import type { EvidenceEventTable } from '../db/schema.ts';

/** The stored fields of an event that its hash covers; `data` and `attachments` as stored JSON text. */
export type HashedEvent = Omit<EvidenceEventTable, 'hash'>;

/**
 * The bytes an event's hash is taken over: the canonical JSON (RFC 8785) of
 * `{v: 1, seq, recordedAt, effectiveAt, actor: {type, id}, action, subject: {type, id}, data,
 * attachments, prevHash}`. Built by hand because `data` and `attachments` are stored canonical
 * already; anyone can recompute it with any JCS library to check the log independently.
 */
export function canonicalEvent(e: HashedEvent): string {
  const s = JSON.stringify;
  return (
    `{"action":${s(e.action)},"actor":{"id":${s(e.actor_id)},"type":${s(e.actor_type)}},` +
    `"attachments":${e.attachments},"data":${e.data},"effectiveAt":${s(e.effective_at)},` +
    `"prevHash":${s(e.prev_hash)},"recordedAt":${s(e.recorded_at)},"seq":${e.seq},` +
    `"subject":{"id":${s(e.subject_id)},"type":${s(e.subject_type)}},"v":1}`
  );
}

export function eventHash(e: HashedEvent): string {
  return createHash('sha256').update(canonicalEvent(e)).digest('hex');
}
