import type { Context } from '../context.ts';
import { inTransaction } from '../context.ts';
import { lockTail } from './chain-tail.ts';
import { signCheckpoint } from './signing-key.ts';

export interface Checkpoint {
  seq: number;
  hash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

/**
 * Signs the current end of the log on demand (periodic checkpoints are written by appendEvent).
 * Returns the existing checkpoint when the end is already signed, or null for an empty log.
 */
export async function createCheckpoint(ctx: Context): Promise<Checkpoint | null> {
  return inTransaction(ctx, async (tx) => {
    // Holding the log's lock keeps a concurrent append from moving the end while we sign it.
    const head = tx.tail!;
    await lockTail(tx, head);
    if (head.seq === 0) return null;
    const existing = await tx.db.selectFrom('evidence_checkpoints').selectAll().where('seq', '=', head.seq).executeTakeFirst();
    const row = existing ?? {
      seq: head.seq,
      hash: head.hash,
      signed_at: ctx.now().toISOString(),
      key_id: ctx.evidence.signingKey.keyId,
      signature: signCheckpoint(ctx.evidence.signingKey, head.seq, head.hash),
    };
    if (!existing) await tx.db.insertInto('evidence_checkpoints').values(row).execute();
    return { seq: row.seq, hash: row.hash, signedAt: row.signed_at, keyId: row.key_id, signature: row.signature };
  });
}
