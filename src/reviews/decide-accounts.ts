import { sql } from 'kysely';
import { type AccountFlagId, flagBit } from '../accounts/account-flags.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { can } from '../identity/roles.ts';
import type { User } from '../identity/user.ts';
import { type Decision, decisions, loadReview, type ReviewSystem } from './review.ts';
import { actingUser } from './reviewer.ts';

export interface DecideAccountsInput {
  reviewId: string;
  systemId: string;
  decision: Decision;
  /** Required to keep a flagged account, and to change one (say what changes). */
  reason?: string;
  /** Accounts by id; or every undecided account that is not the decider's own and carries all of `flags` (or, `unflagged`, none). */
  accounts: { ids: string[] } | { undecided: true; flags?: AccountFlagId[]; unflagged?: boolean };
  /** For the command line on the server: the Groundwork user whose decision this is. */
  as?: string;
}

const MAX_REASON = 1000;

/**
 * Decides accounts of one system in an open review: keep, revoke or change access, with the
 * decider and the time. The system's reviewer decides, or an owner or admin; nobody decides an
 * account of their own. A decision may be changed until the system is signed off. One evidence
 * event per call, however many accounts it decides.
 */
export async function decideAccounts(ctx: Context, input: DecideAccountsInput): Promise<{ decided: number }> {
  if (!decisions.includes(input.decision)) throw invalidInput(`"${input.decision}" is not a decision (keep, revoke, change)`, 'decision');
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > MAX_REASON) throw invalidInput(`the reason is ${reason.length} characters; at most ${MAX_REASON}`, 'reason');
  if (input.decision === 'change' && !reason) throw invalidInput('say what changes: "remove admin", "read-only"', 'reason');
  return inTransaction(ctx, async (tx) => {
    const { user, system } = await openSystem(tx, input.reviewId, input.systemId, input.as);
    let query = tx.db
      .selectFrom('access_review_items')
      .select(['external_id', 'flag_mask', 'flags', 'own_account_of'])
      .where('review_id', '=', input.reviewId)
      .where('system_id', '=', input.systemId);
    if ('ids' in input.accounts) {
      if (input.accounts.ids.length === 0) throw invalidInput('name the accounts to decide', 'accounts');
      query = query.where('external_id', 'in', [...new Set(input.accounts.ids)]);
    } else {
      query = query.where('decision', 'is', null).where((eb) => eb.or([eb('own_account_of', 'is', null), eb('own_account_of', '!=', user.email)]));
      const mask = (input.accounts.flags ?? []).reduce((m, flag) => m | flagBit(flag), 0);
      if (input.accounts.unflagged && mask !== 0) throw invalidInput('accounts without flags cannot also carry flags: give flags or unflagged, not both', 'accounts');
      if (input.accounts.unflagged) query = query.where('flag_mask', '=', 0);
      if (mask !== 0) query = query.where((eb) => eb(sql<number>`flag_mask & ${mask}`, '=', mask));
    }
    const items = await query.execute();
    if ('ids' in input.accounts) {
      const missing = input.accounts.ids.filter((id) => !items.some((item) => item.external_id === id));
      if (missing.length > 0) throw new AppError('not_found', `${system.systemName}'s before list has no account ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`, 'accounts');
    }
    for (const item of items) {
      if (item.own_account_of === user.email) throw new AppError('forbidden', `${item.external_id} is your own account: another admin decides it`, 'accounts');
      if (item.own_account_of === null && user.email !== system.reviewer && !can(user.role, 'reviews:manage')) {
        throw new AppError('forbidden', `${system.systemName}'s accounts are ${system.reviewer}'s to decide`, 'accounts');
      }
      if (input.decision === 'keep' && item.flag_mask !== 0 && !reason) {
        const flags = (JSON.parse(item.flags) as { id: string }[]).map((f) => f.id).join(', ');
        throw invalidInput(`${item.external_id} is flagged (${flags}): say why it stays`, 'reason');
      }
    }
    if (items.length === 0) return { decided: 0 };
    const at = tx.now().toISOString();
    const ids = items.map((item) => item.external_id);
    for (let i = 0; i < ids.length; i += 500) {
      await tx.db
        .updateTable('access_review_items')
        .set({ decision: input.decision, reason, decided_by: user.email, decided_at: at, exception_reason: null, exception_by: null, exception_at: null })
        .where('review_id', '=', input.reviewId)
        .where('system_id', '=', input.systemId)
        .where('external_id', 'in', ids.slice(i, i + 500))
        .execute();
    }
    await appendEvent(tx, {
      action: 'reviews.accounts.decided',
      subject: { type: 'access_review', id: input.reviewId },
      data: { system: input.systemId, decision: input.decision, reason, by: user.email, accounts: ids },
    });
    return { decided: ids.length };
  });
}

/** The acting user and the system's part of an open review that is not signed off yet. */
export async function openSystem(tx: Context, reviewId: string, systemId: string, as: string | undefined): Promise<{ user: User; system: ReviewSystem }> {
  const user = await actingUser(tx, as);
  const review = await loadReview(tx, reviewId, systemId);
  if (review.status === 'closed') throw new AppError('conflict', `the ${review.quarter} review was closed on ${review.closedAt!.slice(0, 10)}; its decisions stand`, 'review');
  const system = review.systems.find((s) => s.systemId === systemId);
  if (!system) throw new AppError('not_found', `the ${review.quarter} review does not cover the system "${systemId}"`, 'system');
  if (system.signedOffAt) throw new AppError('conflict', `${system.systemName} was signed off by ${system.signedOffBy} on ${system.signedOffAt.slice(0, 10)}`, 'system');
  return { user, system };
}
