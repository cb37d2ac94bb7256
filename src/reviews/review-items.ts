import { sql } from 'kysely';
import { type AccountFlagId, flagBit } from '../accounts/account-flags.ts';
import type { AccountKind, AccountStatus } from '../accounts/account-record.ts';
import { searchTextHolds } from '../accounts/search-text.ts';
import { accountFromRow } from '../accounts/stored-account.ts';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Decision } from './review.ts';

/** One account of a review as its reviewer sees it: the before list's fields, whose it is, its flags, the decision. */
export interface ReviewItem {
  externalId: string;
  email: string | null;
  userName: string | null;
  displayName: string | null;
  roles: string[];
  privileged: boolean;
  mfa: boolean | null;
  lastActivityAt: string | null;
  status: AccountStatus;
  kind: AccountKind;
  person: { id: string; name: string; email: string } | null;
  matchedBy: string | null;
  flags: { id: AccountFlagId; reason: string }[];
  /** The reviewer's own account: another admin decides it. */
  ownAccountOf: string | null;
  decision: Decision | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comments: number;
}

export interface ReviewItemFilter {
  reviewId: string;
  systemId: string;
  flag?: AccountFlagId;
  /** true: only undecided; false: only decided. */
  undecided?: boolean;
  decision?: Decision;
  search?: string;
  offset?: number;
  limit?: number;
}

/**
 * One page of a system's accounts in a review, by display name, with the number that pass the
 * filter. Indexed queries only: the page never reads the whole system's accounts into memory.
 */
export async function reviewItems(ctx: Pick<Context, 'db'>, filter: ReviewItemFilter): Promise<{ total: number; items: ReviewItem[] }> {
  const covered = await ctx.db
    .selectFrom('access_reviews as r')
    .leftJoin('access_review_systems as rs', (join) => join.onRef('rs.review_id', '=', 'r.id').on('rs.system_id', '=', filter.systemId))
    .select(['r.quarter', 'rs.system_id', 'rs.before_snapshot_id'])
    .where('r.id', '=', filter.reviewId)
    .executeTakeFirst();
  if (!covered) throw new AppError('not_found', `no access review has the id "${filter.reviewId}"`, 'review');
  if (!covered.system_id || !covered.before_snapshot_id) throw new AppError('not_found', `the ${covered.quarter} review does not cover the system "${filter.systemId}"`, 'system');

  // Filtered, counted and paged on the items table and its (review, system, sort key) index; the
  // before list's fields and the people are read for the page's rows only.
  let query = ctx.db.selectFrom('access_review_items as i').where('i.review_id', '=', filter.reviewId).where('i.system_id', '=', filter.systemId);
  if (filter.flag) query = query.where(sql<number>`i.flag_mask & ${flagBit(filter.flag)}`, '!=', 0);
  if (filter.undecided !== undefined) query = query.where('i.decision', filter.undecided ? 'is' : 'is not', null);
  if (filter.decision) query = query.where('i.decision', '=', filter.decision);
  const needle = filter.search?.trim().toLowerCase();
  if (needle) query = query.where(searchTextHolds('i.search_text', needle));
  const [count, page] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    query
      .select(['i.external_id', 'i.person_id', 'i.matched_by', 'i.flags', 'i.own_account_of', 'i.decision', 'i.reason', 'i.decided_by', 'i.decided_at'])
      .orderBy('i.sort_key')
      .orderBy('i.external_id')
      .offset(filter.offset ?? 0)
      .limit(filter.limit ?? 50)
      .execute(),
  ]);
  if (page.length === 0) return { total: Number(count.n), items: [] };
  const ids = page.map((row) => row.external_id);
  const personIds = [...new Set(page.flatMap((row) => (row.person_id ? [row.person_id] : [])))];
  const [accounts, people, comments] = await Promise.all([
    ctx.db.selectFrom('accounts').selectAll().where('snapshot_id', '=', covered.before_snapshot_id).where('external_id', 'in', ids).execute(),
    personIds.length > 0 ? ctx.db.selectFrom('people').select(['id', 'name', 'email']).where('id', 'in', personIds).execute() : [],
    ctx.db
      .selectFrom('access_review_comments')
      .select(['external_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('review_id', '=', filter.reviewId)
      .where('system_id', '=', filter.systemId)
      .where('external_id', 'in', ids)
      .groupBy('external_id')
      .execute(),
  ]);
  const accountOf = new Map(accounts.map((a) => [a.external_id, a]));
  const personOf = new Map(people.map((p) => [p.id, p]));
  const commentsOf = new Map(comments.map((c) => [c.external_id, Number(c.n)]));
  return {
    total: Number(count.n),
    items: page.map((row) => {
      const { email, userName, displayName, roles, privileged, mfa, lastActivityAt, status, kind } = accountFromRow(accountOf.get(row.external_id)!);
      const person = row.person_id ? personOf.get(row.person_id) : undefined;
      return {
        externalId: row.external_id,
        email,
        userName,
        displayName,
        roles,
        privileged,
        mfa,
        lastActivityAt,
        status,
        kind,
        person: person ? { id: person.id, name: person.name, email: person.email } : null,
        matchedBy: row.matched_by,
        flags: JSON.parse(row.flags) as ReviewItem['flags'],
        ownAccountOf: row.own_account_of,
        decision: row.decision as Decision | null,
        reason: row.reason,
        decidedBy: row.decided_by,
        decidedAt: row.decided_at,
        comments: commentsOf.get(row.external_id) ?? 0,
      };
    }),
  };
}
