import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { GROUNDWORK_SYSTEM_ID } from './groundwork-system.ts';
import { syncReviewObligation } from '../reviews/review-obligation.ts';
import { loadSystem, type System } from './system.ts';

/**
 * Retires a system the company stopped using: it stays in the inventory for the record, and
 * leaves the onboarding and offboarding checklists started from now on.
 */
export async function retireSystem(ctx: Context, input: { id: string; reason: string }): Promise<System> {
  const reason = input.reason.trim();
  if (!reason) throw invalidInput('say why the system is retired', 'reason');
  if (reason.length > 500) throw invalidInput(`the reason is ${reason.length} characters; at most 500`, 'reason');
  return inTransaction(ctx, async (tx) => {
    const system = await loadSystem(tx, input.id);
    if (system.id === GROUNDWORK_SYSTEM_ID) throw new AppError('conflict', 'Groundwork holds this inventory and its evidence: it stays in the inventory while you use it', 'id');
    const at = tx.now().toISOString();
    const updated = await tx.db.updateTable('systems').set({ retired_at: at }).where('id', '=', system.id).where('retired_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('conflict', `${system.name} was already retired on ${system.retiredAt?.slice(0, 10) ?? at.slice(0, 10)}`, 'id');
    await appendEvent(tx, { action: 'systems.system.retired', subject: { type: 'system', id: system.id }, data: { name: system.name, reason } });
    const retired = await loadSystem(tx, system.id);
    await syncReviewObligation(tx, retired);
    return retired;
  });
}
