import type { Context } from '../context.ts';
import { type Asset, loadAsset } from './asset.ts';

/** One hand-over of an asset, and its return once it came back. */
export interface AssetAssignment {
  id: string;
  personId: string;
  name: string;
  email: string;
  engagementId: string;
  assignedAt: string;
  assignedBy: string;
  returnedAt: string | null;
  returnedBy: string | null;
  returnNote: string | null;
}

/** An asset and everyone who has had it, oldest first. */
export async function assetHistory(ctx: Pick<Context, 'db'>, tag: string): Promise<{ asset: Asset; assignments: AssetAssignment[] }> {
  const asset = await loadAsset(ctx, tag);
  const rows = await ctx.db
    .selectFrom('asset_assignments as x')
    .innerJoin('engagements as e', 'e.id', 'x.engagement_id')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .select(['x.id', 'p.id as person_id', 'p.name', 'p.email', 'x.engagement_id', 'x.assigned_at', 'x.assigned_by', 'x.returned_at', 'x.returned_by', 'x.return_note'])
    .where('x.asset_id', '=', asset.id)
    .orderBy('x.assigned_at')
    .execute();
  return {
    asset,
    assignments: rows.map((row) => ({
      id: row.id,
      personId: row.person_id,
      name: row.name,
      email: row.email,
      engagementId: row.engagement_id,
      assignedAt: row.assigned_at,
      assignedBy: row.assigned_by,
      returnedAt: row.returned_at,
      returnedBy: row.returned_by,
      returnNote: row.return_note,
    })),
  };
}
