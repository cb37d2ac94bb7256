import type { EvidenceEventTable } from '../db/schema.ts';

/**
 * An event as one line of the package's events.jsonl: the canonical JSON (RFC 8785) of the event
 * as the API shows it, {action, actor, attachments, data, effectiveAt, hash, prevHash, recordedAt,
 * seq, subject}. Built from the stored text, since `data` and `attachments` are stored canonical
 * already; dropping `hash` and adding `v: 1` gives back the bytes the hash was taken over
 * (src/evidence/event-hash.ts), which is how verify.mjs recomputes it.
 */
export function eventLine(e: EvidenceEventTable): string {
  const s = JSON.stringify;
  return (
    `{"action":${s(e.action)},"actor":{"id":${s(e.actor_id)},"type":${s(e.actor_type)}},` +
    `"attachments":${e.attachments},"data":${e.data},"effectiveAt":${s(e.effective_at)},"hash":${s(e.hash)},` +
    `"prevHash":${s(e.prev_hash)},"recordedAt":${s(e.recorded_at)},"seq":${e.seq},` +
    `"subject":{"id":${s(e.subject_id)},"type":${s(e.subject_type)}}}`
  );
}
