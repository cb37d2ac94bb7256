import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { effectiveAtOrNow } from '../evidence/effective-at.ts';
import { type Asset, loadAsset } from './asset.ts';

export interface ReturnAssetInput {
  tag: string;
  /** The state it came back in: "screen cracked", "wiped by IT". */
  note?: string | null;
  /** When it came back, if earlier than now. */
  effectiveAt?: Date;
}

/** Records that an asset came back from whoever had it; it is on the shelf again. */
export async function returnAsset(ctx: Context, input: ReturnAssetInput): Promise<Asset> {
  const note = input.note?.trim() || null;
  if (note !== null && note.length > 500) throw invalidInput(`the note is ${note.length} characters; at most 500`, 'note');
  const at = effectiveAtOrNow(input.effectiveAt, ctx.now());
  return inTransaction(ctx, async (tx) => {
    const asset = await loadAsset(tx, input.tag);
    const holder = asset.holder;
    if (!holder) throw new AppError('conflict', `${asset.tag} is not assigned to anyone, so it cannot be returned`, 'tag');
    if (at.toISOString() < holder.assignedAt) {
      throw invalidInput(`${asset.tag} was handed to ${holder.name} on ${holder.assignedAt.slice(0, 10)}; it comes back after that, not on ${at.toISOString().slice(0, 10)}`, 'effectiveAt');
    }
    const updated = await tx.db
      .updateTable('asset_assignments')
      .set({ returned_at: at.toISOString(), returned_by: tx.actor.id, return_note: note })
      .where('asset_id', '=', asset.id)
      .where('returned_at', 'is', null)
      .executeTakeFirst();
    // Someone else recorded the return first.
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('conflict', `${asset.tag} was already returned`, 'tag');
    await appendEvent(tx, {
      action: 'assets.asset.returned',
      subject: { type: 'asset', id: asset.id },
      data: { tag: asset.tag, kind: asset.kind, person: holder.email, personId: holder.personId, engagementId: holder.engagementId, note },
      effectiveAt: at,
    });
    return loadAsset(tx, asset.tag);
  });
}
