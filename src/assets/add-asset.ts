import { randomUUID } from 'node:crypto';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { type Asset, assetKinds, assetsWithHolders, loadAsset } from './asset.ts';

export interface AssetInput {
  kind: string;
  /** The asset tag or serial number: letters, digits, dots, dashes and underscores. */
  tag: string;
  description?: string | null;
}

const TAG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Adds a laptop, hardware token, badge or phone to the register, on the shelf until someone is given it. */
export async function addAsset(ctx: Context, input: AssetInput): Promise<Asset> {
  if (!(assetKinds as readonly string[]).includes(input.kind)) throw invalidInput(`"${input.kind}" is not a kind of asset (${assetKinds.join(', ')})`, 'kind');
  const tag = input.tag.trim();
  if (!TAG.test(tag)) throw invalidInput(`"${tag}" is not an asset tag: use letters, digits, dots, dashes and underscores, at most 64, such as BL-0042 or C02XK1ZJMD6M`, 'tag');
  const description = input.description?.trim() || null;
  if (description !== null && description.length > 200) throw invalidInput(`the description is ${description.length} characters; at most 200`, 'description');
  return inTransaction(ctx, async (tx) => {
    const [taken] = await assetsWithHolders(tx, { tag });
    if (taken) throw new AppError('conflict', `the tag ${taken.tag} is already a ${taken.kind}${taken.description ? ` (${taken.description})` : ''}`, 'tag');
    const id = randomUUID();
    await tx.db.insertInto('assets').values({ id, kind: input.kind, tag, description, created_at: tx.now().toISOString() }).execute();
    await appendEvent(tx, { action: 'assets.asset.added', subject: { type: 'asset', id }, data: { tag, kind: input.kind, description } });
    return loadAsset(tx, tag);
  });
}
