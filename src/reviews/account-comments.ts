import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';

export interface AccountComment {
  author: string;
  text: string;
  at: string;
}

/** The comments on one account of a review, oldest first. */
export async function accountComments(ctx: Pick<Context, 'db'>, input: { reviewId: string; systemId: string; externalId: string }): Promise<AccountComment[]> {
  const item = await ctx.db
    .selectFrom('access_review_items')
    .select('external_id')
    .where('review_id', '=', input.reviewId)
    .where('system_id', '=', input.systemId)
    .where('external_id', '=', input.externalId)
    .executeTakeFirst();
  if (!item) throw new AppError('not_found', `the review has no account ${input.externalId} on ${input.systemId}`, 'externalId');
  return ctx.db
    .selectFrom('access_review_comments')
    .select(['author', 'text', 'at'])
    .where('review_id', '=', input.reviewId)
    .where('system_id', '=', input.systemId)
    .where('external_id', '=', input.externalId)
    .orderBy('at')
    .execute();
}
