import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { type Completion, completionFromRow, type Obligation, obligationFromRow } from './obligation.ts';

export interface LoadedObligation {
  obligation: Obligation;
  /** Completions by due date. */
  completions: Map<string, Completion>;
}

/** Every obligation (or those named), ordered by id, with its listed due dates and its completions. */
export async function loadObligations(ctx: Pick<Context, 'db'>, filter: { id?: string; ids?: string[] } = {}): Promise<LoadedObligation[]> {
  let obligations = ctx.db.selectFrom('obligations').selectAll().orderBy('id');
  let dueDates = ctx.db.selectFrom('obligation_due_dates').selectAll().orderBy('due_on');
  let completions = ctx.db.selectFrom('obligation_completions').selectAll();
  if (filter.id !== undefined) {
    obligations = obligations.where('id', '=', filter.id);
    dueDates = dueDates.where('obligation_id', '=', filter.id);
    completions = completions.where('obligation_id', '=', filter.id);
  }
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    obligations = obligations.where('id', 'in', filter.ids);
    dueDates = dueDates.where('obligation_id', 'in', filter.ids);
    completions = completions.where('obligation_id', 'in', filter.ids);
  }
  const obligationRows = await obligations.execute();
  const datesById = Map.groupBy(await dueDates.execute(), (row) => row.obligation_id);
  const completionsById = Map.groupBy(await completions.execute(), (row) => row.obligation_id);
  return obligationRows.map((row) => ({
    obligation: obligationFromRow(row, (datesById.get(row.id) ?? []).map((d) => d.due_on)),
    completions: new Map((completionsById.get(row.id) ?? []).map((c) => [c.due_on, completionFromRow(c)])),
  }));
}

/** One obligation, or a not_found error naming it. */
export async function loadObligation(ctx: Context, id: string): Promise<LoadedObligation> {
  const [found] = await loadObligations(ctx, { id });
  if (!found) throw new AppError('not_found', `there is no obligation "${id}"`, 'obligationId');
  return found;
}
