import type { Context } from '../context.ts';
import { signCheckpoint } from './signing-key.ts';

/** The end of the chain as the current transaction has moved it. */
export interface ChainTail {
  seq: number;
  hash: string;
  /** Set once this transaction holds the log's write lock and has read the head. */
  locked: boolean;
}

export function openTail(): ChainTail {
  return { seq: 0, hash: '', locked: false };
}

/**
 * Takes the log's write lock (a row lock on PostgreSQL; SQLite's transactions already hold the
 * database lock) and reads the head, once per transaction: concurrent writers queue here, so
 * the chain never forks and sequence numbers stay gap-free.
 */
export async function lockTail(ctx: Context, tail: ChainTail): Promise<void> {
  if (tail.locked) return;
  const head = await ctx.db
    .updateTable('evidence_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  Object.assign(tail, { seq: head.seq, hash: head.hash, locked: true });
}

/** Writes and signs the new head, once, before the transaction that appended commits. */
export async function sealTail(ctx: Context, tail: ChainTail): Promise<void> {
  if (!tail.locked) return;
  const key = ctx.evidence.signingKey;
  await ctx.db
    .updateTable('evidence_head')
    .set({ seq: tail.seq, hash: tail.hash, key_id: key.keyId, signature: signCheckpoint(key, tail.seq, tail.hash) })
    .where('id', '=', 1)
    .execute();
}
