import { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { type LoadedObligation, loadObligation } from './load-obligations.ts';
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
  return occurrencesBetween(await loadObligation(ctx, input.obligationId), from, to, ctx.now(), timeZone);
}

/** The same for an obligation already loaded: many obligations, one query (see loadObligations). */
export function occurrencesBetween({ obligation, completions }: LoadedObligation, from: Temporal.PlainDate, to: Temporal.PlainDate, now: Date, timeZone: string): Occurrence[] {
  const schedule = obligationSchedule(obligation, timeZone);
  const { first, last } = schedule.indicesBetween(from, to);
  if (last - first + 1 > MAX_OCCURRENCES) {
    throw invalidInput(
      `${from} to ${to} holds more than ${MAX_OCCURRENCES} occurrences of "${obligation.id}"; ask for a shorter range`,
      'to',
    );
  }
  const occurrences: Occurrence[] = [];
  for (let k = first; k <= last && schedule.dueOn(k) !== undefined; k++) {
    const window = schedule.window(k);
    occurrences.push(occurrenceOf(obligation.id, window, completions.get(window.dueOn.toString()), now, timeZone));
  }
  return occurrences;
}
