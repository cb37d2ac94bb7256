/**
 * What an attacker with write access to the database can do. Groundwork refuses updates and
 * deletes of events with triggers; someone with the rights to drop them gets this far, and
 * verify must still catch them.
 */
import { sql } from 'kysely';
import { GENESIS_HASH } from '../src/db/migrations/0001-kernel.ts';
import type { EvidenceEventTable } from '../src/db/schema.ts';
import { eventHash } from '../src/evidence/event-hash.ts';
import type { Workspace } from '../src/open-workspace.ts';

export async function dropAppendOnlyGuard(workspace: Workspace): Promise<void> {
  const db = workspace.store.db;
  if (workspace.store.engine === 'postgres') {
    await sql`drop trigger evidence_append_only on evidence_events`.execute(db);
  } else {
    await sql`drop trigger evidence_no_update`.execute(db);
    await sql`drop trigger evidence_no_delete`.execute(db);
  }
}

export async function allEvents(workspace: Workspace): Promise<EvidenceEventTable[]> {
  return workspace.store.db.selectFrom('evidence_events').selectAll().orderBy('seq').execute();
}

/** Replaces the whole log with `rows`, recomputing every hash and link as a careful forger would. */
export async function rewriteChain(workspace: Workspace, rows: EvidenceEventTable[]): Promise<EvidenceEventTable[]> {
  let prevHash = GENESIS_HASH;
  const chained = rows.map((row, index) => {
    const next = { ...row, seq: index + 1, prev_hash: prevHash };
    next.hash = eventHash(next);
    prevHash = next.hash;
    return next;
  });
  await workspace.store.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('evidence_events').execute();
    await tx.insertInto('evidence_events').values(chained).execute();
  });
  return chained;
}
