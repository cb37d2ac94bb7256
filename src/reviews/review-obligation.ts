import { createObligation } from '../cadence/create-obligation.ts';
import { retireObligation } from '../cadence/retire-obligation.ts';
import type { Context } from '../context.ts';
import { todayIn } from '../people/person.ts';
import type { System } from '../systems/system.ts';
import { lastQuarterEnd } from '../time/quarter.ts';

export const reviewObligationId = (systemId: string) => `access-review:${systemId}`;

/**
 * Keeps a system's quarterly access review in the cadence engine, inside the caller's transaction:
 * an in-scope system in use has one, due at each quarter's end from the quarter it joined; a system
 * taken out of scope or retired has it retired from today, its record kept.
 */
export async function syncReviewObligation(tx: Context, system: System): Promise<void> {
  const id = reviewObligationId(system.id);
  const existing = await tx.db.selectFrom('obligations').select(['retired_on']).where('id', '=', id).executeTakeFirst();
  const wanted = system.inScope && system.retiredAt === null;
  const today = await todayIn(tx);
  if (wanted && !existing) {
    await createObligation(tx, {
      id,
      title: `Quarterly access review: ${system.name}`,
      owner: system.owner,
      subject: { type: 'system', id: system.id },
      cadence: { every: 'P3M' },
      anchorOn: lastQuarterEnd(today).toString(),
      grace: 'P14D',
    });
  } else if (!wanted && existing && existing.retired_on === null) {
    await retireObligation(tx, { obligationId: id, retiredOn: today.toString() });
  }
}
