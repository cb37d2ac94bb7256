import { createObligation } from '../cadence/create-obligation.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import type { Role } from '../identity/roles.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadPolicy, type Policy } from './policy.ts';
import { requireLatest } from './version-steps.ts';

/** Sends the newest draft for approval. */
export async function submitVersion(ctx: Context, input: { policyId: string; version: number }): Promise<Policy> {
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    const version = requireLatest(policy, input.version, 'draft', 'submitted');
    await tx.db.updateTable('policy_versions').set({ submitted_at: tx.now().toISOString() }).where('policy_id', '=', policy.id).where('version', '=', version.version).execute();
    await appendEvent(tx, { action: 'policies.version.submitted', subject: { type: 'policy', id: policy.id }, data: { version: version.version, sha256: version.sha256 } });
    return (await loadPolicy(tx, policy.id)).policy;
  });
}

/**
 * Approves the version in review, naming the SHA-256 of the text the approver read: a text that
 * changed since is refused. Only an owner or admin approves; the CLI on the server may (`by` unset).
 */
export async function approveVersion(ctx: Context, input: { policyId: string; version: number; sha256: string }, by: Role | undefined): Promise<Policy> {
  if (by && by !== 'owner' && by !== 'admin') throw new AppError('forbidden', 'only an owner or an admin approves a policy');
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    const version = requireLatest(policy, input.version, 'in_review', 'approved');
    if (input.sha256 !== version.sha256) {
      throw new AppError('conflict', `the text of version ${version.version} is not the one you read (SHA-256 ${input.sha256.slice(0, 12)}…); open it again`, 'sha256');
    }
    await tx.db
      .updateTable('policy_versions')
      .set({ approved_at: tx.now().toISOString(), approved_by: tx.actor.id })
      .where('policy_id', '=', policy.id)
      .where('version', '=', version.version)
      .execute();
    await appendEvent(tx, {
      action: 'policies.version.approved',
      subject: { type: 'policy', id: policy.id },
      data: { version: version.version, sha256: version.sha256, approvedBy: tx.actor.id, selfApproved: version.createdBy === tx.actor.id },
    });
    return (await loadPolicy(tx, policy.id)).policy;
  });
}

/**
 * Publishes the approved version: it is in force from now. For a new version of a published
 * policy the publisher says whether the change is material (everyone acknowledges again). The
 * first publication schedules the yearly review in the cadence engine.
 */
export async function publishVersion(ctx: Context, input: { policyId: string; version: number; material?: boolean }): Promise<Policy> {
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    const version = requireLatest(policy, input.version, 'approved', 'published');
    const first = policy.published === null;
    if (!first && input.material === undefined) {
      throw invalidInput(`say whether version ${version.version} changes ${policy.title} materially: if it does, everyone acknowledges it again`, 'material');
    }
    const material = first || input.material === true;
    const at = tx.now();
    await tx.db
      .updateTable('policy_versions')
      .set({ published_at: at.toISOString(), published_by: tx.actor.id, material: material ? 1 : 0 })
      .where('policy_id', '=', policy.id)
      .where('version', '=', version.version)
      .execute();
    // Policies are reviewed yearly; a procedure changes with its policy and needs no review of its own.
    if (policy.kind === 'policy' && !policy.reviewObligationId) {
      const { timeZone } = await getWorkspace(tx);
      const obligation = await createObligation(tx, {
        id: `policy-review:${policy.id}`,
        title: `Yearly review: ${policy.title}`,
        owner: policy.ownerRole,
        subject: { type: 'policy', id: policy.id },
        cadence: { every: 'P1Y' },
        anchorOn: localDateOf(at, timeZone).toString(),
      });
      await tx.db.updateTable('policies').set({ review_obligation_id: obligation.id }).where('id', '=', policy.id).execute();
    }
    await appendEvent(tx, { action: 'policies.version.published', subject: { type: 'policy', id: policy.id }, data: { version: version.version, sha256: version.sha256, material } });
    return (await loadPolicy(tx, policy.id)).policy;
  });
}
