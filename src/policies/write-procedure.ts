import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { loadPolicy, type Policy, sha256Of } from './policy.ts';
import { checkedPolicyText, insertDraftVersion } from './write-version.ts';

/** A policy's procedure document has a fixed id, so the policy links to it without a lookup table. */
export function procedureIdOf(policyId: string): string {
  return `${policyId}.procedure`;
}

/**
 * Starts the procedure of a policy ("how we actually do this") as version 1, a draft. It is
 * versioned, approved and published as its policy is, without a yearly review of its own.
 */
export async function writeProcedure(ctx: Context, input: { policyId: string; text: string }): Promise<Policy> {
  const text = checkedPolicyText(input.text);
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    if (policy.kind !== 'policy') throw new AppError('conflict', `${policy.title} is not a policy; only policies have procedures`, 'policyId');
    if (policy.retiredAt) throw new AppError('conflict', `${policy.title} was retired on ${policy.retiredAt.slice(0, 10)}`, 'policyId');
    const id = procedureIdOf(policy.id);
    if (await tx.db.selectFrom('policies').select('id').where('id', '=', id).executeTakeFirst()) {
      throw new AppError('conflict', `${policy.title} already has its procedure; edit it instead`, 'policyId');
    }
    const at = tx.now().toISOString();
    const title = policy.procedure ?? `How we carry out the ${policy.title}`;
    await tx.db
      .insertInto('policies')
      .values({ id, kind: 'procedure', title, template_id: null, parent_id: policy.id, owner_role: policy.ownerRole, applies_to: JSON.stringify([]), criteria: JSON.stringify(policy.criteria), procedure: null, evidence: policy.evidence, review_obligation_id: null, created_at: at, retired_at: null })
      .execute();
    const sha256 = sha256Of(text);
    await insertDraftVersion(tx, { policyId: id, version: 1, text, sha256 });
    await appendEvent(tx, { action: 'policies.procedure.written', subject: { type: 'policy', id }, data: { policy: policy.id, title, version: 1, sha256 } });
    return (await loadPolicy(tx, id)).policy;
  });
}
