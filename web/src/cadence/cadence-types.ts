/** The shapes of the cadence API, from the route schemas (src/cadence/schemas.ts) via web/src/api/openapi.d.ts. */
import type { ResponseOf } from '../api/types.ts';

/** GET /api/cadence/due: uncompleted occurrences that are open or missed. */
export type DueNowResult = ResponseOf<'/api/cadence/due', 'get'>;
export type DueItem = DueNowResult['due'][number];
