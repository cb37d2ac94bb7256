import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';
import type { SigningKey } from './evidence/signing-key.ts';

/** Who did something: a signed-in user, a background job of Groundwork, or the CLI as an OS user. */
export interface Actor {
  type: 'user' | 'system' | 'cli';
  id: string;
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
}

/** Runs `work` in one transaction with a context bound to it: the change and its evidence commit together. */
export function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((db) => work({ ...ctx, db }));
}
