/**
 * Evidence benchmarks, each with its baseline: the same database work without the log's
 * hashing, signing and chaining (append), or reading the same rows and hashing the same bytes
 * with node:crypto (verify).
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { inTransaction } from '../src/context.ts';
import { GENESIS_HASH } from '../src/db/migrations/0001-kernel.ts';
import type { Database, EvidenceEventTable } from '../src/db/schema.ts';
import { appendEvent } from '../src/evidence/append-event.ts';
import { canonicalJson } from '../src/evidence/canonical-json.ts';
import { eventHash } from '../src/evidence/event-hash.ts';
import { signCheckpoint } from '../src/evidence/signing-key.ts';
import { verifyWorkspaceLog } from '../src/evidence/verify-workspace-log.ts';
import type { Workspace } from '../src/open-workspace.ts';

const actor = { type: 'system', id: 'bench' } as const;

/** A realistic event body: an access-review decision. */
function decision(i: number): Record<string, unknown> {
  return { account: `user-${i}@brightline.example`, system: 'aws-production', decision: i % 7 === 0 ? 'revoke' : 'keep', reviewer: 'maya@brightline.example' };
}

export async function appendInBatches(workspace: Workspace, n: number, batch: number): Promise<void> {
  const ctx = workspace.context(actor);
  for (let done = 0; done < n; done += batch) {
    await inTransaction(ctx, async (tx) => {
      for (let i = done; i < Math.min(n, done + batch); i++) {
        await appendEvent(tx, { action: 'reviews.account.decided', subject: { type: 'account', id: String(i) }, data: decision(i) });
      }
    });
  }
}

/** The baseline for append: insert rows of the same size, in the same transactions, with no chain. */
export async function plainInsertsInBatches(workspace: Workspace, n: number, batch: number): Promise<void> {
  const db = workspace.store.db as unknown as Kysely<any>;
  await db.schema.createTable('bench_plain').ifNotExists().addColumn('seq', 'integer', (c) => c.primaryKey()).addColumn('body', 'text').execute();
  for (let done = 0; done < n; done += batch) {
    await db.transaction().execute(async (tx) => {
      for (let i = done; i < Math.min(n, done + batch); i++) {
        await tx.insertInto('bench_plain').values({ seq: i + 1, body: canonicalJson(decision(i)) }).execute();
      }
    });
  }
}

/**
 * Writes a valid log of n events quickly, for the verify benchmark: the same hashes and
 * signatures appendEvent makes, inserted many rows per statement.
 */
export async function seedChain(workspace: Workspace, n: number): Promise<void> {
  const db = workspace.store.db;
  const key = workspace.evidence.signingKey;
  const every = workspace.evidence.checkpointEvery;
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  let prevHash = GENESIS_HASH;
  let rows: EvidenceEventTable[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const at = new Date(start + seq * 1000).toISOString();
    const row: EvidenceEventTable = {
      seq, recorded_at: at, effective_at: at, actor_type: actor.type, actor_id: actor.id, action: 'reviews.account.decided',
      subject_type: 'account', subject_id: String(seq), data: canonicalJson(decision(seq)), attachments: '[]', prev_hash: prevHash, hash: '',
    };
    row.hash = eventHash(row);
    prevHash = row.hash;
    rows.push(row);
    if (seq % every === 0) {
      await flush(db, rows);
      rows = [];
      await db.insertInto('evidence_checkpoints').values({ seq, hash: row.hash, signed_at: at, key_id: key.keyId, signature: signCheckpoint(key, seq, row.hash) }).execute();
    }
  }
  await flush(db, rows);
  await db.updateTable('evidence_head').set({ seq: n, hash: prevHash, key_id: key.keyId, signature: signCheckpoint(key, n, prevHash) }).where('id', '=', 1).execute();
  if (workspace.store.engine === 'postgres') await sql`analyze evidence_events`.execute(db);
}

async function flush(db: Kysely<Database>, rows: EvidenceEventTable[]): Promise<void> {
  // 12 columns a row; PostgreSQL allows 65535 parameters a statement.
  for (let i = 0; i < rows.length; i += 2000) await db.insertInto('evidence_events').values(rows.slice(i, i + 2000)).execute();
}

export async function verify(workspace: Workspace): Promise<void> {
  const result = await verifyWorkspaceLog(workspace);
  if (!result.ok) throw new Error(`the benchmark log does not verify: ${result.problem?.message}`);
}

/** The baseline for verify: page through the same rows the same way and SHA-256 their bytes. */
export async function readAndHash(workspace: Workspace, pageSize = 1000): Promise<void> {
  const db = workspace.store.db;
  let after = 0;
  for (;;) {
    const page = await db.selectFrom('evidence_events').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const r of page) {
      createHash('sha256')
        .update(r.recorded_at).update(r.effective_at).update(r.actor_type).update(r.actor_id).update(r.action)
        .update(r.subject_type).update(r.subject_id).update(r.data).update(r.attachments).update(r.prev_hash)
        .digest('hex');
    }
    if (page.length < pageSize) break;
    after = page.at(-1)!.seq;
  }
}
