/** The shapes of the evidence API, as documented (src/evidence/routes.ts). */

export interface EvidenceEvent {
  seq: number;
  /** ISO 8601 UTC: when Groundwork wrote it. */
  recordedAt: string;
  /** ISO 8601 UTC: when it happened; a review done on 30 June and entered on 8 July is effective in June. */
  effectiveAt: string;
  actor: { type: 'user' | 'system' | 'cli' | 'anonymous'; id: string };
  action: string;
  subject: { type: string; id: string };
  data: Record<string, unknown>;
  /** SHA-256 hex digests, each served at /api/evidence/attachments/{sha256}. */
  attachments: string[];
  prevHash: string;
  hash: string;
}

/** GET /api/evidence */
export interface EvidencePageResult {
  events: EvidenceEvent[];
  /** Events matching the filters, over all pages. */
  total: number;
  /** The `before` cursor of the next (older) page; null on the last page. */
  nextBefore: number | null;
}

export type ProblemKind =
  | 'edited'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'missing-attachment'
  | 'bad-signature'
  | 'checkpoint-mismatch';

/** GET /api/evidence/verify */
export interface VerifyResult {
  ok: boolean;
  events: number;
  checkpoints: number;
  attachments: number;
  lastSeq: number;
  /** Events after the last periodic checkpoint, covered by the signed head. */
  unsignedTail: number;
  /** The first thing wrong, in sequence order. */
  problem?: { seq: number; kind: ProblemKind; message: string };
}

export function attachmentUrl(sha256: string): string {
  return `/api/evidence/attachments/${encodeURIComponent(sha256)}`;
}
