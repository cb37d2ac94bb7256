/** The shapes of the access reviews API, from the route schemas (src/reviews/schemas.ts) via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

/** GET /api/reviews */
export type ReviewList = ResponseOf<'/api/reviews', 'get'>;
export type Review = ResponseOf<'/api/reviews/{id}', 'get'>;
export type ReviewSystem = Review['systems'][number];
export type ReviewStage = ReviewSystem['stage'];
/** POST /api/reviews */
export type StartReviewBody = BodyOf<'/api/reviews', 'post'>;
/** GET /api/reviews/:id/systems/:systemId/items */
export type ReviewItemPage = ResponseOf<'/api/reviews/{id}/systems/{systemId}/items', 'get'>;
export type ReviewItem = ReviewItemPage['items'][number];
export type Decision = NonNullable<ReviewItem['decision']>;
/** POST /api/reviews/:id/systems/:systemId/decisions */
export type DecideBody = BodyOf<'/api/reviews/{id}/systems/{systemId}/decisions', 'post'>;
export type Decided = ResponseOf<'/api/reviews/{id}/systems/{systemId}/decisions', 'post'>;
/** GET /api/reviews/:id/systems/:systemId/items/:externalId/comments */
export type CommentList = ResponseOf<'/api/reviews/{id}/systems/{systemId}/items/{externalId}/comments', 'get'>;
/** GET /api/reviews/:id/report */
export type ReviewReport = ResponseOf<'/api/reviews/{id}/report', 'get'>;
export type ReportSystem = ReviewReport['systems'][number];
export type RemediationItem = ReportSystem['remediation'][number];

export const reviewApi = (id: string, rest = '') => `/api/reviews/${encodeURIComponent(id)}${rest}`;
export const systemApi = (id: string, systemId: string, rest = '') => reviewApi(id, `/systems/${encodeURIComponent(systemId)}${rest}`);

/** Pages of the web UI. */
export const reviewPage = (id: string) => `/reviews/${encodeURIComponent(id)}`;
export const reviewScreen = (id: string, systemId: string) => `${reviewPage(id)}/systems/${encodeURIComponent(systemId)}`;
export const reportPage = (id: string) => `${reviewPage(id)}/report`;

export const stageLabels: Record<ReviewStage, { label: string; color: string; next: string }> = {
  deciding: { label: 'Deciding', color: 'blue', next: 'the reviewer decides each account' },
  remediating: { label: 'Remediating', color: 'orange', next: 'revoke and change access, then import the list again (the after list)' },
  'signing-off': { label: 'Ready to sign off', color: 'teal', next: 'the reviewer signs off' },
  'signed-off': { label: 'Signed off', color: 'green', next: 'done' },
};

export const decisionLabels: Record<Decision, { label: string; color: string }> = {
  keep: { label: 'Keep', color: 'green' },
  revoke: { label: 'Revoke', color: 'red' },
  change: { label: 'Change', color: 'orange' },
};
