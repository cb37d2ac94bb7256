/** The shapes of the assets API, from the route schemas (src/assets/schemas.ts) via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

/** GET /api/assets */
export type AssetList = ResponseOf<'/api/assets', 'get'>;
export type Asset = AssetList['assets'][number];
export type AssetKind = Asset['kind'];
/** GET /api/assets/:tag: the asset and everyone who has had it. */
export type AssetHistory = ResponseOf<'/api/assets/{tag}', 'get'>;
/** POST /api/assets */
export type AddAssetBody = BodyOf<'/api/assets', 'post'>;
/** GET /api/people: who an asset can be handed to. */
export type PersonList = ResponseOf<'/api/people', 'get'>;

export const kindLabels: Record<AssetKind, string> = {
  laptop: 'Laptop',
  'hardware-token': 'Hardware token',
  badge: 'Badge',
  phone: 'Phone',
  other: 'Other',
};

export const assetPath = (tag: string) => `/api/assets/${encodeURIComponent(tag)}`;
