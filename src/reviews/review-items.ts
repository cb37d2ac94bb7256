import { sql } from 'kysely';
import { type AccountFlagId, flagBit } from '../accounts/account-flags.ts';
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
  status: string;
  kind: string;
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
    .select(['r.quarter', 'rs.system_id'])
    .where('r.id', '=', filter.reviewId)
    .executeTakeFirst();
  if (!covered) throw new AppError('not_found', `no access review has the id "${filter.reviewId}"`, 'review');
  if (!covered.system_id) throw new AppError('not_found', `the ${covered.quarter} review does not cover the system "${filter.systemId}"`, 'system');
  let query = ctx.db
    .selectFrom('access_review_items as i')
    .innerJoin('access_review_systems as rs', (join) => join.onRef('rs.review_id', '=', 'i.review_id').onRef('rs.system_id', '=', 'i.system_id'))
    .innerJoin('accounts as a', (join) => join.onRef('a.snapshot_id', '=', 'rs.before_snapshot_id').onRef('a.external_id', '=', 'i.external_id'))
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .where('i.review_id', '=', filter.reviewId)
    .where('i.system_id', '=', filter.systemId);
  if (filter.flag) query = query.where(sql<number>`i.flag_mask & ${flagBit(filter.flag)}`, '!=', 0);
  if (filter.undecided !== undefined) query = query.where('i.decision', filter.undecided ? 'is' : 'is not', null);
  if (filter.decision) query = query.where('i.decision', '=', filter.decision);
  const needle = filter.search?.trim().toLowerCase();
  if (needle) {
    const like = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or(['a.email', 'a.user_name', 'a.display_name', 'a.external_id', 'p.name'].map((column) => eb(sql`lower(${sql.ref(column)})`, 'like', sql`${like} escape '\\'`))),
    );
  }
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    query
      .select([
        'i.external_id',
        'a.email',
        'a.user_name',
        'a.display_name',
        'a.roles',
        'a.privileged',
        'a.mfa',
        'a.last_activity_at',
        'a.status',
        'a.kind',
        'p.id as person_id',
        'p.name as person_name',
        'p.email as person_email',
        'i.matched_by',
        'i.flags',
        'i.own_account_of',
        'i.decision',
        'i.reason',
        'i.decided_by',
        'i.decided_at',
      ])
      .select((eb) =>
        eb
          .selectFrom('access_review_comments as c')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('c.review_id', '=', 'i.review_id')
          .whereRef('c.system_id', '=', 'i.system_id')
          .whereRef('c.external_id', '=', 'i.external_id')
          .as('comments'),
      )
      .orderBy(sql`coalesce(a.display_name, a.user_name, a.email, a.external_id)`)
      .orderBy('i.external_id')
      .offset(filter.offset ?? 0)
      .limit(filter.limit ?? 50)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((row) => ({
      externalId: row.external_id,
      email: row.email,
      userName: row.user_name,
      displayName: row.display_name,
      roles: JSON.parse(row.roles) as string[],
      privileged: row.privileged === 1,
      mfa: row.mfa === null ? null : row.mfa === 1,
      lastActivityAt: row.last_activity_at,
      status: row.status,
      kind: row.kind,
      person: row.person_id ? { id: row.person_id, name: row.person_name!, email: row.person_email! } : null,
      matchedBy: row.matched_by,
      flags: JSON.parse(row.flags) as ReviewItem['flags'],
      ownAccountOf: row.own_account_of,
      decision: row.decision as Decision | null,
      reason: row.reason,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
      comments: Number(row.comments ?? 0),
    })),
  };
}
