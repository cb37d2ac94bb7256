/** The shapes of the acknowledgements API, from src/policies/schemas.ts via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

export type AcknowledgementRows = ResponseOf<'/api/acknowledgements', 'get'>;
export type AcknowledgementRow = AcknowledgementRows['rows'][number];
export type AcknowledgementSummary = ResponseOf<'/api/policies', 'get'>['acknowledgements'];
export type MyAcknowledgements = ResponseOf<'/api/account/acknowledgements', 'get'>;
export type PolicyToRead = MyAcknowledgements['outstanding'][number];
export type AcknowledgeBody = BodyOf<'/api/account/acknowledgements', 'post'>;
export type CreatedLink = ResponseOf<'/api/acknowledgement-links', 'post'>;
export type LinkView = ResponseOf<'/api/acknowledgement-links/{token}', 'get'>;
export type AcknowledgeManyBody = BodyOf<'/api/acknowledgement-links/{token}', 'post'>;
