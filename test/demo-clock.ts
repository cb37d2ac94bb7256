/** The demo's clock in tests: a workspace whose contexts share one clock, moved back in time by each step. */
import type { TestContext } from 'node:test';
import type { Temporal } from 'temporal-polyfill';
import type { Engine } from '../src/db/open-database.ts';
import { onLocalDate } from '../src/demo/calendar.ts';
import type { Actor } from '../src/context.ts';
import { type Context, createTestSite, type Workspace } from './engines.ts';

export interface DemoClock {
  workspace: Workspace;
  /** A context at `hour` on `date` that moves the shared clock there, as the demo's `as` does; undefined after `realNow`. */
  at(actor: Actor, date: Temporal.PlainDate, hour: number): Context | undefined;
  /** A context whose clock is the shared one, wherever the steps left it. */
  current(actor: Actor): Context;
  /** Puts the shared clock back at `realNow`. */
  backToNow(): void;
}

export async function openDemoClock(t: TestContext, engine: Engine, realNow: Date, timeZone: string): Promise<DemoClock> {
  let clock = realNow;
  const workspace = await (await createTestSite(engine)).open({ now: () => clock });
  t.after(() => workspace.close());
  return {
    workspace,
    at(actor, date, hour) {
      const instant = onLocalDate(date, hour, timeZone);
      if (instant > realNow) return undefined;
      clock = instant;
      return workspace.context(actor, () => clock);
    },
    current: (actor) => workspace.context(actor, () => clock),
    backToNow() {
      clock = realNow;
    },
  };
}
