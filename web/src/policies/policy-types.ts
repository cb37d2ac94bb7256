/** The shapes of the policies API, from src/policies/schemas.ts via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

export type TemplateList = ResponseOf<'/api/policy-templates', 'get'>;
export type TemplateSummary = TemplateList['templates'][number];
export type TemplatePreview = ResponseOf<'/api/policy-templates/{id}', 'get'>;
export type TemplateValues = BodyOf<'/api/policies', 'post'>['values'];

export type PolicyList = ResponseOf<'/api/policies', 'get'>;
export type PolicySummary = PolicyList['policies'][number];
export type PolicyStatus = PolicySummary['status'];
export type PolicyDetail = ResponseOf<'/api/policies/{id}', 'get'>;
export type VersionMeta = PolicyDetail['versions'][number];
export type VersionWithText = ResponseOf<'/api/policies/{id}/versions/{version}', 'get'>;
export type PolicyDiff = ResponseOf<'/api/policies/{id}/diff', 'get'>;

export type AdoptBody = BodyOf<'/api/policies', 'post'>;
export type WriteVersionBody = BodyOf<'/api/policies/{id}/versions', 'post'>;
export type ApproveBody = BodyOf<'/api/policies/{id}/versions/{version}/approve', 'post'>;
export type PublishBody = BodyOf<'/api/policies/{id}/versions/{version}/publish', 'post'>;
export type ReviewBody = BodyOf<'/api/policies/{id}/reviews', 'post'>;
export type RetireBody = BodyOf<'/api/policies/{id}/retire', 'post'>;

/** `/api/policies/access-control` + `/versions/2` → the URL of a policy's route. */
export function policyUrl(id: string, rest = ''): string {
  return `/api/policies/${encodeURIComponent(id)}${rest}`;
}
