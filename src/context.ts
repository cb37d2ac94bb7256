import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';
import { type ChainTail, openTail, sealTail } from './evidence/chain-tail.ts';
import type { SigningKey } from './evidence/signing-key.ts';

/**
 * Who did something: a signed-in user (by email), a background job of Groundwork, the CLI as an
 * OS user, or someone not signed in (by network address), such as a failed sign-in.
 */
export interface Actor {
  type: 'user' | 'system' | 'cli' | 'anonymous';
  id: string;
}

/** An actor as one string, where a row records who did something: "user:maya@…", "cli:root". */
export function actorRef(actor: Actor): string {
  return `${actor.type}:${actor.id}`;
}

export interface EvidenceSettings {
  signingKey: SigningKey;
  attachmentsDir: string;
  checkpointEvery: number;
  maxAttachmentBytes: number;
}

/**
 * What every use case receives: `(ctx, input) => result`. `db` is the database or the caller's
 * transaction; `now` is the clock, so tests and the demo control time.
 */
export interface Context {
  db: Kysely<Database>;
  actor: Actor;
  now: () => Date;
  evidence: EvidenceSettings;
  /** Runs `read` against one snapshot of the database on a connection of its own (see Store.readSnapshot). */
  readSnapshot<T>(read: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Set by inTransaction: where this transaction's evidence events chain from. */
  tail?: ChainTail;
}

/**
 * Runs `work` in one transaction with a context bound to it: the change and its evidence
 * events commit together, or neither does. Inside, it joins the transaction already open.
 */
export function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  if (ctx.tail) return work(ctx);
  return ctx.db.transaction().execute(async (db) => {
    const tx: Context = { ...ctx, db, tail: openTail() };
    const result = await work(tx);
    await sealTail(tx, tx.tail!);
    return result;
  });
}
