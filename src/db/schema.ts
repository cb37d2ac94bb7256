/**
 * Row types of every table, for Kysely. Timestamps are ISO 8601 UTC strings with milliseconds
 * ("2026-06-30T14:00:00.000Z") on both engines: they sort as text, and the evidence log hashes
 * exactly the bytes it stores.
 */
export interface Database {
  workspace: WorkspaceTable;
  evidence_events: EvidenceEventTable;
  evidence_head: EvidenceHeadTable;
  evidence_checkpoints: EvidenceCheckpointTable;
  attachments: AttachmentTable;
}

export interface WorkspaceTable {
  id: number;
  name: string;
  time_zone: string;
  created_at: string;
}

export interface EvidenceEventTable {
  seq: number;
  recorded_at: string;
  effective_at: string;
  actor_type: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  /** Canonical JSON text; hashed as stored. */
  data: string;
  /** Canonical JSON array of attachment SHA-256 hex digests. */
  attachments: string;
  prev_hash: string;
  hash: string;
}

/** One row (id 1): the end of the chain, signed, so that a cut or extended tail is detected. */
export interface EvidenceHeadTable {
  id: number;
  seq: number;
  hash: string;
  key_id: string | null;
  signature: string | null;
}

export interface EvidenceCheckpointTable {
  seq: number;
  hash: string;
  signed_at: string;
  key_id: string;
  signature: string;
}

export interface AttachmentTable {
  sha256: string;
  size_bytes: number;
  content_type: string;
  created_at: string;
}
