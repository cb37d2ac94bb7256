import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { flagMask } from '../accounts/account-flags.ts';
import { flaggedAccounts } from '../accounts/flagged-accounts.ts';
import { searchTextOf } from '../accounts/search-text.ts';
import { latestSnapshot } from '../accounts/snapshot.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import { actorRef, type Context, inTransaction } from '../context.ts';
import type { AccessReviewItemTable } from '../db/schema.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { isRole } from '../identity/roles.ts';
import { isEmail } from '../identity/user.ts';
import { findPerson, todayIn } from '../people/person.ts';
import { loadSystem, type System } from '../systems/system.ts';
import { lastQuarterEnd, quarterOf } from '../time/quarter.ts';
import { loadReview, type Review } from './review.ts';
import { reviewObligationId } from './review-obligation.ts';
import { deciderNamed } from './reviewer.ts';

export interface StartReviewInput {
  /** The systems it covers, by id. */
  systems: string[];
  /** Who decides a system's accounts, by system id, where its owner is not a Groundwork user who can. */
  reviewers?: Record<string, string>;
}

const BATCH = 500;

/**
 * Starts the quarter's access review of some systems: freezes each one's before list (its snapshot
 * in force) into one item per account that can still be used, with whose it is and its flags as
 * of now, and gives it to its reviewer: the system's owner, or whom the starter names. An account
 * of the reviewer's own goes to another admin. One transaction with its evidence event.
 */
export async function startReview(ctx: Context, input: StartReviewInput): Promise<Review> {
  const ids = [...new Set(input.systems)];
  if (ids.length === 0) throw invalidInput('name the systems to review', 'systems');
  for (const id of Object.keys(input.reviewers ?? {})) if (!ids.includes(id)) throw invalidInput(`a reviewer is named for ${id}, which the review does not cover`, `reviewers.${id}`);
  return inTransaction(ctx, async (tx) => {
    const today = await todayIn(tx);
    const quarter = quarterOf(today);
    const reviewId = randomUUID();
    const now = tx.now().toISOString();
    await tx.db.insertInto('access_reviews').values({ id: reviewId, quarter: quarter.label, started_at: now, started_by: actorRef(tx.actor), closed_at: null, closed_by: null }).execute();
    const started = [];
    for (const id of ids) {
      const system = await loadSystem(tx, id);
      if (system.retiredAt) throw new AppError('conflict', `${system.name} was retired on ${system.retiredAt.slice(0, 10)}`, `systems.${id}`);
      const open = await tx.db
        .selectFrom('access_review_systems as rs')
        .innerJoin('access_reviews as r', 'r.id', 'rs.review_id')
        .select(['r.id', 'r.quarter'])
        .where('rs.system_id', '=', id)
        .where('r.closed_at', 'is', null)
        .where('r.id', '!=', reviewId)
        .executeTakeFirst();
      if (open) throw new AppError('conflict', `${system.name} is already in the open ${open.quarter} review (${open.id}); close it first`, `systems.${id}`);
      const before = await latestSnapshot(tx, id);
      if (!before) throw new AppError('conflict', `${system.name} has no account list yet: import it (or pull it) before the review starts`, `systems.${id}`);
      const reviewer = await reviewerOf(tx, system, input.reviewers?.[id]);
      const occurrence = await dueOccurrence(tx, id, today);
      await tx.db
        .insertInto('access_review_systems')
        .values({ review_id: reviewId, system_id: id, reviewer, before_snapshot_id: before.id, obligation_id: occurrence?.obligationId ?? null, due_on: occurrence?.dueOn ?? null, signed_off_at: null, signed_off_by: null })
        .execute();
      const reviewerPerson = await findPerson(tx, reviewer);
      const accounts = (await flaggedAccounts(tx, before)).filter((account) => account.status !== 'deprovisioned');
      const rows: Insertable<AccessReviewItemTable>[] = accounts.map((account) => ({
        review_id: reviewId,
        system_id: id,
        external_id: account.externalId,
        person_id: account.person?.id ?? null,
        matched_by: account.matchedBy,
        flags: JSON.stringify(account.flags.map(({ id: flag, reason }) => ({ id: flag, reason }))),
        flag_mask: flagMask(account.flags),
        own_account_of: (reviewerPerson && account.person?.id === reviewerPerson.id) || account.email === reviewer ? reviewer : null,
        sort_key: (account.displayName ?? account.userName ?? account.email ?? account.externalId).toLowerCase(),
        search_text: searchTextOf(account),
        decision: null,
        reason: null,
        decided_by: null,
        decided_at: null,
        exception_reason: null,
        exception_by: null,
        exception_at: null,
      }));
      for (let i = 0; i < rows.length; i += BATCH) await tx.db.insertInto('access_review_items').values(rows.slice(i, i + BATCH)).execute();
      started.push({ system: id, reviewer, before: { snapshot: before.id, number: before.number, asOf: before.asOf, sources: before.sources }, accounts: rows.length, dueOn: occurrence?.dueOn ?? null });
    }
    await appendEvent(tx, { action: 'reviews.review.started', subject: { type: 'access_review', id: reviewId }, data: { quarter: quarter.label, systems: started } });
    return loadReview(tx, reviewId);
  });
}

async function reviewerOf(tx: Context, system: System, named: string | undefined): Promise<string> {
  if (named) return (await deciderNamed(tx, named, `reviewers.${system.id}`)).email;
  if (isRole(system.owner)) {
    // Groundwork itself is owned by its role "owner": whoever alone holds it reviews.
    const holders = await tx.db.selectFrom('users').select('email').where('role', '=', system.owner).where('activated_at', 'is not', null).where('deactivated_at', 'is', null).execute();
    if (holders.length === 1) return (await deciderNamed(tx, holders[0]!.email, `reviewers.${system.id}`)).email;
  }
  if (!isEmail(system.owner)) {
    throw invalidInput(`${system.name}'s owner is "${system.owner}", not a Groundwork user: name its reviewer (--reviewer ${system.id}=EMAIL)`, `reviewers.${system.id}`);
  }
  return (await deciderNamed(tx, system.owner, `reviewers.${system.id}`)).email;
}

/** The occurrence of the system's quarterly review this one completes: the earliest still open, from last quarter's (in its grace) to this one's. */
async function dueOccurrence(tx: Context, systemId: string, today: ReturnType<typeof quarterOf>['endsOn']): Promise<{ obligationId: string; dueOn: string } | undefined> {
  const obligationId = reviewObligationId(systemId);
  const obligation = await tx.db.selectFrom('obligations').select('id').where('id', '=', obligationId).executeTakeFirst();
  if (!obligation) return undefined;
  const occurrences = await listOccurrences(tx, { obligationId, from: lastQuarterEnd(today).toString(), to: quarterOf(today).endsOn.toString() });
  const pending = occurrences.find((o) => o.status === 'open' || o.status === 'upcoming');
  return pending && { obligationId, dueOn: pending.dueOn };
}
