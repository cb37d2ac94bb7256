import type { Context } from '../context.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadObligations } from './load-obligations.ts';
import type { Obligation, Occurrence } from './obligation.ts';
import { openedOccurrences } from './opened-occurrences.ts';

export interface ObligationOverview extends Obligation {
  /** The earliest occurrence still to be done: open (perhaps overdue) or, when none is, the next upcoming. */
  nextDue: Occurrence | null;
  /** Occurrences that have opened so far, by status. */
  counts: { on_time: number; late: number; missed: number; open: number };
}

/** Every obligation, retired ones included, by id, with its next due occurrence and its record so far. */
export async function listObligations(ctx: Context): Promise<ObligationOverview[]> {
  const { timeZone } = await getWorkspace(ctx);
  const now = ctx.now();
  return (await loadObligations(ctx)).map((loaded) => {
    const { opened, next } = openedOccurrences(loaded, now, timeZone);
    const counts = { on_time: 0, late: 0, missed: 0, open: 0 };
    for (const occurrence of opened) {
      if (occurrence.status !== 'upcoming') counts[occurrence.status] += 1;
    }
    const nextDue = opened.find((o) => o.status === 'open') ?? next ?? null;
    return { ...loaded.obligation, nextDue, counts };
  });
}
