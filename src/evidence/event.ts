import type { Actor } from '../context.ts';
import type { EvidenceEventTable } from '../db/schema.ts';

/** An evidence event as the rest of Groundwork and the API see it. */
export interface EvidenceEvent {
  seq: number;
  recordedAt: string;
  effectiveAt: string;
  actor: Actor;
  action: string;
  subject: { type: string; id: string };
  data: Record<string, unknown>;
  attachments: string[];
  prevHash: string;
  hash: string;
}

export function eventFromRow(row: EvidenceEventTable): EvidenceEvent {
  return {
    seq: row.seq,
    recordedAt: row.recorded_at,
    effectiveAt: row.effective_at,
    actor: { type: row.actor_type as Actor['type'], id: row.actor_id },
    action: row.action,
    subject: { type: row.subject_type, id: row.subject_id },
    data: JSON.parse(row.data) as Record<string, unknown>,
    attachments: JSON.parse(row.attachments) as string[],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
