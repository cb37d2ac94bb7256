import { Temporal } from 'temporal-polyfill';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { loadObligation } from './load-obligations.ts';
import type { Obligation } from './obligation.ts';

export interface RetireObligationInput {
  obligationId: string;
  /** YYYY-MM-DD: no occurrence is due after this date. May be in the future (a contractor's known end date). */
  retiredOn: string;
}

/**
 * Retires an obligation and records `cadence.obligation.retired`. Occurrences due up to the
 * retirement date stay, with their statuses; a completed occurrence is never cut off.
 */
export async function retireObligation(ctx: Context, input: RetireObligationInput): Promise<Obligation> {
  const retiredOn = parseLocalDate(input.retiredOn, 'retiredOn');
  return inTransaction(ctx, async (tx) => {
    const { obligation, completions } = await loadObligation(tx, input.obligationId);
    if (obligation.retiredOn !== null) {
      throw new AppError('conflict', `obligation "${obligation.id}" was already retired on ${obligation.retiredOn}`, 'obligationId');
    }
    if (Temporal.PlainDate.compare(retiredOn, Temporal.PlainDate.from(obligation.anchorOn)) < 0) {
      throw invalidInput(`retiredOn (${retiredOn}) is before the obligation's anchor date ${obligation.anchorOn}`, 'retiredOn');
    }
    const lastCompleted = [...completions.keys()].sort().at(-1);
    if (lastCompleted !== undefined && lastCompleted > retiredOn.toString()) {
      throw invalidInput(
        `retiredOn (${retiredOn}) would remove the occurrence due ${lastCompleted}, which is completed; retire on ${lastCompleted} or later`,
        'retiredOn',
      );
    }
    const updated = await tx.db
      .updateTable('obligations')
      .set({ retired_on: retiredOn.toString() })
      .where('id', '=', obligation.id)
      .where('retired_on', 'is', null)
      .executeTakeFirst();
    // A concurrent retirement got there first.
    if (Number(updated.numUpdatedRows) === 0) {
      throw new AppError('conflict', `obligation "${obligation.id}" was already retired`, 'obligationId');
    }
    await appendEvent(tx, {
      action: 'cadence.obligation.retired',
      subject: { type: 'obligation', id: obligation.id },
      data: { retiredOn: retiredOn.toString() },
    });
    return { ...obligation, retiredOn: retiredOn.toString() };
  });
}
