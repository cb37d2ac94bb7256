import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';

export const assetKinds = ['laptop', 'hardware-token', 'badge', 'phone', 'other'] as const;
export type AssetKind = (typeof assetKinds)[number];

/** Who has an asset now: the person, through their engagement at the time it was handed over. */
export interface AssetHolder {
  personId: string;
  name: string;
  email: string;
  engagementId: string;
  assignedAt: string;
  assignedBy: string;
}

export interface Asset {
  id: string;
  kind: AssetKind;
  /** The asset tag or serial number people read off the device. */
  tag: string;
  description: string | null;
  createdAt: string;
  /** Null while the asset is on the shelf. */
  holder: AssetHolder | null;
}

/** Assets, each with its open assignment if it has one; `heldBy` keeps only those an engagement holds. */
export async function assetsWithHolders(ctx: Pick<Context, 'db'>, filter: { tag: string } | { heldBy: string } | 'all'): Promise<Asset[]> {
  let query = ctx.db
    .selectFrom('assets as a')
    .leftJoin('asset_assignments as x', (join) => join.onRef('x.asset_id', '=', 'a.id').on('x.returned_at', 'is', null))
    .leftJoin('engagements as e', 'e.id', 'x.engagement_id')
    .leftJoin('people as p', 'p.id', 'e.person_id')
    .select(['a.id', 'a.kind', 'a.tag', 'a.description', 'a.created_at', 'x.engagement_id', 'x.assigned_at', 'x.assigned_by', 'p.id as person_id', 'p.name', 'p.email']);
  if (filter !== 'all' && 'tag' in filter) query = query.where((eb) => eb(eb.fn('lower', ['a.tag']), '=', filter.tag.trim().toLowerCase()));
  if (filter !== 'all' && 'heldBy' in filter) query = query.where('x.engagement_id', '=', filter.heldBy);
  const rows = await query.execute();
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.kind as AssetKind,
      tag: row.tag,
      description: row.description,
      createdAt: row.created_at,
      holder: row.engagement_id
        ? { personId: row.person_id!, name: row.name!, email: row.email!, engagementId: row.engagement_id, assignedAt: row.assigned_at!, assignedBy: row.assigned_by! }
        : null,
    }))
    .sort((a, b) => assetKinds.indexOf(a.kind) - assetKinds.indexOf(b.kind) || a.tag.localeCompare(b.tag, 'en', { numeric: true, sensitivity: 'base' }));
}

/** Every asset, laptops first, by tag, with who has it now. */
export async function listAssets(ctx: Pick<Context, 'db'>): Promise<Asset[]> {
  return assetsWithHolders(ctx, 'all');
}

/** The assets handed to an engagement and not returned yet: what an offboarding collects. */
export async function assetsHeldBy(ctx: Pick<Context, 'db'>, engagementId: string): Promise<Asset[]> {
  return assetsWithHolders(ctx, { heldBy: engagementId });
}

/** One asset by its tag, in any letter case. */
export async function loadAsset(ctx: Pick<Context, 'db'>, tag: string): Promise<Asset> {
  const [asset] = await assetsWithHolders(ctx, { tag });
  if (!asset) throw new AppError('not_found', `no asset has the tag "${tag.trim()}"`, 'tag');
  return asset;
}
