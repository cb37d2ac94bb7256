/** The shapes of the policies API, from src/policies/schemas.ts via web/src/api/openapi.d.ts. */
import type { ResponseOf } from '../api/types.ts';

export type TemplateList = ResponseOf<'/api/policy-templates', 'get'>;
export type TemplateSummary = TemplateList['templates'][number];
export type TemplatePreview = ResponseOf<'/api/policy-templates/{id}', 'get'>;
