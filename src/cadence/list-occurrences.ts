import { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadObligation } from './load-obligations.ts';
import { obligationSchedule } from './obligation-schedule.ts';
import type { Occurrence } from './obligation.ts';
import { occurrenceOf } from './occurrence-of.ts';

export interface ListOccurrencesInput {
  obligationId: string;
  /** YYYY-MM-DD, inclusive: occurrences whose due date lies in [from, to]. */
  from: string;
  to: string;
}

/** The most occurrences one request may generate; a daily cadence over ten years is asked for in pieces. */
export const MAX_OCCURRENCES = 1000;

/** Every occurrence of one obligation due between two dates, oldest first, with its status now. */
export async function listOccurrences(ctx: Context, input: ListOccurrencesInput): Promise<Occurrence[]> {
  const from = parseLocalDate(input.from, 'from');
  const to = parseLocalDate(input.to, 'to');
  if (Temporal.PlainDate.compare(from, to) > 0) throw invalidInput(`to (${to}) is before from (${from})`, 'to');
  const { timeZone } = await getWorkspace(ctx);
  const { obligation, completions } = await loadObligation(ctx, input.obligationId);
  const schedule = obligationSchedule(obligation, timeZone);
  const { first, last } = schedule.indicesBetween(from, to);
  if (last - first + 1 > MAX_OCCURRENCES) {
    throw invalidInput(
      `${from} to ${to} holds more than ${MAX_OCCURRENCES} occurrences of "${obligation.id}"; ask for a shorter range`,
      'to',
    );
  }
  const now = ctx.now();
  const occurrences: Occurrence[] = [];
  for (let k = first; k <= last && schedule.dueOn(k) !== undefined; k++) {
    const window = schedule.window(k);
    occurrences.push(occurrenceOf(obligation.id, window, completions.get(window.dueOn.toString()), now, timeZone));
  }
  return occurrences;
}
