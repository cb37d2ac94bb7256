/** The shapes of the readiness API, from src/readiness/schemas.ts via web/src/api/openapi.d.ts. */
import type { ResponseOf } from '../api/types.ts';

export type Type1Report = ResponseOf<'/api/readiness/type1', 'get'>;
export type Type2Report = ResponseOf<'/api/readiness/type2', 'get'>;
export type Type2Control = Type2Report['controls'][number];
export type OperationItem = Type2Control['items'][number];
export type Gap = Type1Report['gaps'][number];
export type ScoreHistory = ResponseOf<'/api/readiness/history', 'get'>;
export type ControlView = Type1Report['controls'][number]['control'];
