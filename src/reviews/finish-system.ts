import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { can } from '../identity/roles.ts';
import type { AccountComment } from './account-comments.ts';
import { openSystem } from './decide-accounts.ts';
import { remediationOf } from './remediation.ts';

/**
 * Accepts that a revocation or change did not happen, with the reason ("the vendor cannot remove
 * the last owner; ticket 4411"): the remaining access is an exception the review records.
 */
export async function recordException(ctx: Context, input: { reviewId: string; systemId: string; externalId: string; reason: string; as?: string }): Promise<void> {
  const reason = input.reason.trim();
  if (!reason) throw invalidInput('say why the access remains', 'reason');
  if (reason.length > 1000) throw invalidInput(`the reason is ${reason.length} characters; at most 1000`, 'reason');
  await inTransaction(ctx, async (tx) => {
    const { user, system } = await openSystem(tx, input.reviewId, input.systemId, input.as);
    if (user.email !== system.reviewer && !can(user.role, 'reviews:manage')) throw new AppError('forbidden', `${system.systemName}'s exceptions are ${system.reviewer}'s to record`, 'as');
    const remediation = await remediationOf(tx, { reviewId: input.reviewId, systemId: input.systemId, allDecided: system.stage !== 'deciding' });
    const item = remediation.items.find((i) => i.externalId === input.externalId);
    if (!item) throw new AppError('not_found', `${input.externalId} is not an account of ${system.systemName} decided revoke or change`, 'externalId');
    if (item.state === 'confirmed') throw new AppError('conflict', `the after list already shows ${input.externalId} ${item.decision === 'revoke' ? 'revoked' : 'changed'}: no exception is needed`, 'externalId');
    await tx.db
      .updateTable('access_review_items')
      .set({ exception_reason: reason, exception_by: user.email, exception_at: tx.now().toISOString() })
      .where('review_id', '=', input.reviewId)
      .where('system_id', '=', input.systemId)
      .where('external_id', '=', input.externalId)
      .execute();
    await appendEvent(tx, { action: 'reviews.exception.recorded', subject: { type: 'access_review', id: input.reviewId }, data: { system: input.systemId, account: input.externalId, decision: item.decision, reason, by: user.email } });
  });
}

/**
 * The reviewer signs off a system once every account is decided and the after list confirms
 * every revocation and change, or an exception covers it.
 */
export async function signOffSystem(ctx: Context, input: { reviewId: string; systemId: string; as?: string }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { user, system } = await openSystem(tx, input.reviewId, input.systemId, input.as);
    if (user.email !== system.reviewer) throw new AppError('forbidden', `${system.systemName} is signed off by its reviewer, ${system.reviewer}`, 'as');
    const undecided = system.items - system.decided.keep - system.decided.revoke - system.decided.change;
    if (undecided > 0) throw new AppError('conflict', `${undecided} of ${system.systemName}'s ${system.items} accounts are not decided yet`, 'system');
    if (system.remediation.open > 0) {
      const need = system.after ? `the after list (${system.after.asOf.slice(0, 10)}) does not show them done: remediate and import again, or record exceptions` : 'import the list again after remediation (the after list)';
      const open = system.remediation.open === 1 ? 'revocation or change is' : 'revocations or changes are';
      throw new AppError('conflict', `${system.remediation.open} ${open} still open on ${system.systemName}: ${need}`, 'system');
    }
    const at = tx.now().toISOString();
    await tx.db.updateTable('access_review_systems').set({ signed_off_at: at, signed_off_by: user.email }).where('review_id', '=', input.reviewId).where('system_id', '=', input.systemId).execute();
    await appendEvent(tx, {
      action: 'reviews.system.signed_off',
      subject: { type: 'access_review', id: input.reviewId },
      data: { system: input.systemId, by: user.email, before: system.before.id, after: system.after?.id ?? null, decided: system.decided, remediation: system.remediation },
    });
  });
}

/** A comment on one account of a review, for the reviewer and whoever remediates. */
export async function commentOnAccount(ctx: Context, input: { reviewId: string; systemId: string; externalId: string; text: string; as?: string }): Promise<AccountComment> {
  const text = input.text.trim();
  if (!text) throw invalidInput('the comment is empty', 'text');
  if (text.length > 2000) throw invalidInput(`the comment is ${text.length} characters; at most 2000`, 'text');
  return inTransaction(ctx, async (tx) => {
    const { user } = await openSystem(tx, input.reviewId, input.systemId, input.as);
    const item = await tx.db.selectFrom('access_review_items').select('external_id').where('review_id', '=', input.reviewId).where('system_id', '=', input.systemId).where('external_id', '=', input.externalId).executeTakeFirst();
    if (!item) throw new AppError('not_found', `the review has no account ${input.externalId} on ${input.systemId}`, 'externalId');
    const comment = { author: user.email, text, at: tx.now().toISOString() };
    await tx.db.insertInto('access_review_comments').values({ id: crypto.randomUUID(), review_id: input.reviewId, system_id: input.systemId, external_id: input.externalId, ...comment }).execute();
    await appendEvent(tx, { action: 'reviews.account.commented', subject: { type: 'access_review', id: input.reviewId }, data: { system: input.systemId, account: input.externalId, by: user.email, text } });
    return comment;
  });
}
