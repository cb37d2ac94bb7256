import { randomUUID } from 'node:crypto';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { lockTail } from '../evidence/chain-tail.ts';
import { effectiveAtOrNow } from '../evidence/effective-at.ts';
import { loadPerson } from '../people/person.ts';
import { type Asset, loadAsset } from './asset.ts';

export interface AssignAssetInput {
  tag: string;
  /** The person's directory id, work email or alias. */
  person: string;
  /** When it was handed over, if earlier than now. */
  effectiveAt?: Date;
}

/**
 * Hands an asset to a person, through their current engagement. Refuses an asset someone else
 * still has (naming them) and a person who has left.
 */
export async function assignAsset(ctx: Context, input: AssignAssetInput): Promise<Asset> {
  const at = effectiveAtOrNow(input.effectiveAt, ctx.now());
  return inTransaction(ctx, async (tx) => {
    // Queue behind other writers before reading who holds the asset, so that two people
    // handing out the same laptop at once cannot both succeed.
    await lockTail(tx, tx.tail!);
    const asset = await loadAsset(tx, input.tag);
    if (asset.holder) {
      const since = asset.holder.assignedAt.slice(0, 10);
      throw new AppError('conflict', `${asset.tag} is with ${asset.holder.name} (${asset.holder.email}) since ${since}; record its return first`, 'tag');
    }
    const person = await loadPerson(tx, input.person);
    if (person.current.status === 'departed') throw new AppError('conflict', `${person.name} (${person.email}) has left; assets go to people who work here`, 'person');
    const lastReturn = await tx.db
      .selectFrom('asset_assignments')
      .select((eb) => eb.fn.max('returned_at').as('at'))
      .where('asset_id', '=', asset.id)
      .executeTakeFirst();
    if (lastReturn?.at && at.toISOString() < lastReturn.at) {
      throw invalidInput(`${asset.tag} came back on ${lastReturn.at.slice(0, 10)}; it is handed out again after that, not on ${at.toISOString().slice(0, 10)}`, 'effectiveAt');
    }
    await tx.db
      .insertInto('asset_assignments')
      .values({ id: randomUUID(), asset_id: asset.id, engagement_id: person.current.id, assigned_at: at.toISOString(), assigned_by: tx.actor.id, returned_at: null, returned_by: null, return_note: null })
      .execute();
    await appendEvent(tx, {
      action: 'assets.asset.assigned',
      subject: { type: 'asset', id: asset.id },
      data: { tag: asset.tag, kind: asset.kind, person: person.email, personId: person.id, engagementId: person.current.id },
      effectiveAt: at,
    });
    return loadAsset(tx, asset.tag);
  });
}
