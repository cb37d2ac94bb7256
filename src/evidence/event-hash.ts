import { createHash } from 'node:crypto';

/** The stored fields of an event that its hash covers, `data` and `attachments` as stored JSON text. */
export interface HashedEvent {
  seq: number;
  recordedAt: string;
  effectiveAt: string;
  actorType: string;
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  data: string;
  attachments: string;
  prevHash: string;
}

/**
 * The bytes an event's hash is taken over: the canonical JSON (RFC 8785) of
 * `{v: 1, seq, recordedAt, effectiveAt, actor: {type, id}, action, subject: {type, id}, data,
 * attachments, prevHash}`. Built by hand because `data` and `attachments` are stored canonical
 * already; anyone can recompute it with any JCS library to check the log independently.
 */
export function canonicalEvent(e: HashedEvent): string {
  const s = JSON.stringify;
  return (
    `{"action":${s(e.action)},"actor":{"id":${s(e.actorId)},"type":${s(e.actorType)}},` +
    `"attachments":${e.attachments},"data":${e.data},"effectiveAt":${s(e.effectiveAt)},` +
    `"prevHash":${s(e.prevHash)},"recordedAt":${s(e.recordedAt)},"seq":${e.seq},` +
    `"subject":{"id":${s(e.subjectId)},"type":${s(e.subjectType)}},"v":1}`
  );
}

export function eventHash(e: HashedEvent): string {
  return createHash('sha256').update(canonicalEvent(e)).digest('hex');
}
