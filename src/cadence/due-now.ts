import type { Context } from '../context.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadObligations } from './load-obligations.ts';
import type { Obligation, Occurrence } from './obligation.ts';
import { openedOccurrences } from './opened-occurrences.ts';

export interface DueOccurrence {
  obligation: Pick<Obligation, 'id' | 'title' | 'owner' | 'subject'>;
  occurrence: Occurrence;
}

/**
 * What needs doing: every uncompleted occurrence that is open (overdue ones included) or missed,
 * across all obligations, by due date (oldest missed first, then the soonest due), then obligation id.
 */
export async function dueNow(ctx: Context): Promise<DueOccurrence[]> {
  const { timeZone } = await getWorkspace(ctx);
  const now = ctx.now();
  const due: DueOccurrence[] = [];
  for (const loaded of await loadObligations(ctx)) {
    const { id, title, owner, subject } = loaded.obligation;
    for (const occurrence of openedOccurrences(loaded, now, timeZone).opened) {
      if (occurrence.status === 'open' || occurrence.status === 'missed') due.push({ obligation: { id, title, owner, subject }, occurrence });
    }
  }
  // loadObligations returns obligations by id and the sort is stable, so ties stay in id order.
  return due.sort((a, b) => (a.occurrence.dueOn < b.occurrence.dueOn ? -1 : a.occurrence.dueOn > b.occurrence.dueOn ? 1 : 0));
}
