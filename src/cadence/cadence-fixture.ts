/**
 * A workspace for the cadence suites: one engine, a time zone, a hand-moved clock, and a reader
 * of the evidence events written. Test-only.
 */
import type { TestContext } from 'node:test';
import { createTestSite, manualClock, testActor, type Context, type Workspace } from '../../test/engines.ts';
import type { Engine } from '../db/open-database.ts';
import type { EvidenceEventTable } from '../db/schema.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';

export interface CadenceFixture {
  workspace: Workspace;
  ctx: Context;
  clock: ReturnType<typeof manualClock>;
  /** The evidence events whose action starts with `cadence.`, oldest first. */
  cadenceEvents(): Promise<EvidenceEventTable[]>;
  count(table: 'obligations' | 'obligation_due_dates' | 'obligation_completions' | 'evidence_events'): Promise<number>;
}

/** Opens a fresh workspace for test `t` and closes it when `t` ends. */
export async function openCadenceFixture(
  t: TestContext,
  engine: Engine,
  options: { timeZone?: string; now: string },
): Promise<CadenceFixture> {
  const site = await createTestSite(engine);
  const workspace = await site.open();
  t.after(() => workspace.close());
  const db = workspace.store.db;
  const clock = manualClock(options.now);
  const ctx = workspace.context(testActor, clock.now);
  if (options.timeZone) await updateWorkspace(ctx, { timeZone: options.timeZone });
  return {
    workspace,
    ctx,
    clock,
    cadenceEvents: () => db.selectFrom('evidence_events').selectAll().where('action', 'like', 'cadence.%').orderBy('seq').execute(),
    count: async (table) => {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
