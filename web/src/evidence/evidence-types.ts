/** The shapes of the evidence API, from the route schemas (src/evidence/schemas.ts) via web/src/api/openapi.d.ts. */
import type { ResponseOf } from '../api/types.ts';

/** GET /api/evidence */
export type EvidencePageResult = ResponseOf<'/api/evidence', 'get'>;
export type EvidenceEvent = EvidencePageResult['events'][number];
/** GET /api/evidence/verify */
export type VerifyResult = ResponseOf<'/api/evidence/verify', 'get'>;
export type ProblemKind = NonNullable<VerifyResult['problem']>['kind'];

/** Attachments are SHA-256 hex digests, each served here. */
export function attachmentUrl(sha256: string): string {
  return `/api/evidence/attachments/${encodeURIComponent(sha256)}`;
}
