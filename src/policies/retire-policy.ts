import { loadObligation } from '../cadence/load-obligations.ts';
import { retireObligation } from '../cadence/retire-obligation.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadPolicy, type Policy } from './policy.ts';

/** Retires a policy: it is no longer in force, nobody acknowledges it, and its yearly review stops. */
export async function retirePolicy(ctx: Context, input: { policyId: string; reason: string }): Promise<Policy> {
  const reason = input.reason.trim();
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    if (policy.retiredAt) throw new AppError('conflict', `${policy.title} was already retired on ${policy.retiredAt.slice(0, 10)}`, 'policyId');
    if (!reason) throw invalidInput('say why the policy is retired', 'reason');
    const at = tx.now();
    await tx.db.updateTable('policies').set({ retired_at: at.toISOString() }).where('id', '=', policy.id).execute();
    if (policy.reviewObligationId) {
      const { timeZone } = await getWorkspace(tx);
      // A review done early completes an occurrence due after today: it stays on the record.
      const { completions } = await loadObligation(tx, policy.reviewObligationId);
      const retiredOn = [localDateOf(at, timeZone).toString(), ...completions.keys()].sort().at(-1)!;
      await retireObligation(tx, { obligationId: policy.reviewObligationId, retiredOn });
    }
    await appendEvent(tx, { action: 'policies.policy.retired', subject: { type: 'policy', id: policy.id }, data: { reason, publishedVersion: policy.published?.version ?? null } });
    return (await loadPolicy(tx, policy.id)).policy;
  });
}
