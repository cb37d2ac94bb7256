import type { Occurrence } from '../cadence/obligation.ts';
import type { OperationItem } from './control-status.ts';

/** What an exception names to cover one occurrence: "access-review:aws@2026-09-30". */
export const occurrenceRef = (occurrence: Pick<Occurrence, 'obligationId' | 'dueOn'>) => `${occurrence.obligationId}@${occurrence.dueOn}`;

/** An occurrence of an obligation as a Type 2 item; an occurrence not yet open is not one. */
export function occurrenceItem(occurrence: Occurrence, label: string): OperationItem[] {
  const base = { ref: occurrenceRef(occurrence), date: occurrence.dueOn, label, exception: null };
  switch (occurrence.status) {
    case 'upcoming':
      return [];
    case 'on_time':
      return [{ ...base, result: 'ok', detail: `done on time (${occurrence.completion!.effectiveAt.slice(0, 10)})` }];
    case 'late':
      return [{ ...base, result: 'late', detail: `done ${occurrence.lateDays} day${occurrence.lateDays === 1 ? '' : 's'} late` }];
    case 'missed':
      return [{ ...base, result: 'failed', detail: 'missed: not done within its grace period' }];
    case 'open':
      return [{ ...base, result: 'open', detail: occurrence.overdueDays ? `open, ${occurrence.overdueDays} days past due` : 'open, not yet due' }];
  }
}
