import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { accountComments } from './account-comments.ts';
import { closeReview } from './close-review.ts';
import { decideAccounts } from './decide-accounts.ts';
import { commentOnAccount, recordException, signOffSystem } from './finish-system.ts';
import { listReviews, loadReview } from './review.ts';
import { reviewCsv } from './review-csv.ts';
import { reviewItems } from './review-items.ts';
import { reviewReport } from './review-report.ts';
import {
  comment,
  commentBody,
  commentList,
  decideBody,
  decided,
  exceptionBody,
  report,
  review,
  reviewAccountParams,
  reviewItemPage,
  reviewItemsQuery,
  reviewList,
  reviewParams,
  reviewSystemParams,
  startReviewBody,
} from './schemas.ts';
import { startReview } from './start-review.ts';

/**
 * Quarterly access reviews: start one, work through each system's accounts, decide, comment,
 * record exceptions, sign off, close, and the report. The deciding user is the one signed in.
 */
export function reviewRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reviews'];
    const read = { access: 'reviews:read' } as const;
    const decide = { access: 'reviews:decide' } as const;
    const manage = { access: 'reviews:manage' } as const;

    app.get('/reviews', { config: read, schema: { tags, summary: 'Every access review, newest first, with each system’s progress', response: { 200: reviewList } } }, async (request) => ({
      reviews: await listReviews(requestContext(workspace, request)),
    }));

    app.post(
      '/reviews',
      { config: manage, schema: { tags, summary: 'Start the quarter’s review of some systems: each one’s before list is frozen and goes to its reviewer', body: startReviewBody, response: { 201: review } } },
      async (request, reply) => reply.code(201).send(await startReview(requestContext(workspace, request), request.body)),
    );

    app.get('/reviews/:id', { config: read, schema: { tags, summary: 'One review with each system’s stage, counts and remediation', params: reviewParams, response: { 200: review } } }, async (request) =>
      loadReview(requestContext(workspace, request), request.params.id),
    );

    app.get(
      '/reviews/:id/systems/:systemId/items',
      { config: read, schema: { tags, summary: 'One page of a system’s accounts in the review, with their flags and decisions', params: reviewSystemParams, querystring: reviewItemsQuery, response: { 200: reviewItemPage } } },
      async (request) => {
        const { undecided, ...filter } = request.query;
        return reviewItems(requestContext(workspace, request), { ...filter, reviewId: request.params.id, systemId: request.params.systemId, undecided: undecided === undefined ? undefined : undecided === 'true' });
      },
    );

    app.post(
      '/reviews/:id/systems/:systemId/decisions',
      { config: decide, schema: { tags, summary: 'Keep, revoke or change access of some accounts; never the decider’s own', params: reviewSystemParams, body: decideBody, response: { 200: decided } } },
      async (request) => decideAccounts(requestContext(workspace, request), { ...request.body, reviewId: request.params.id, systemId: request.params.systemId }),
    );

    app.get(
      '/reviews/:id/systems/:systemId/items/:externalId/comments',
      { config: read, schema: { tags, summary: 'The comments on one account of the review', params: reviewAccountParams, response: { 200: commentList } } },
      async (request) => {
        const { id, systemId, externalId } = request.params;
        return { comments: await accountComments(requestContext(workspace, request), { reviewId: id, systemId, externalId }) };
      },
    );

    app.post(
      '/reviews/:id/systems/:systemId/items/:externalId/comments',
      { config: decide, schema: { tags, summary: 'Comment on one account, for the reviewer and whoever remediates', params: reviewAccountParams, body: commentBody, response: { 201: comment } } },
      async (request, reply) => {
        const { id, systemId, externalId } = request.params;
        return reply.code(201).send(await commentOnAccount(requestContext(workspace, request), { reviewId: id, systemId, externalId, text: request.body.text }));
      },
    );

    app.post(
      '/reviews/:id/systems/:systemId/exceptions',
      { config: decide, schema: { tags, summary: 'Accept that a revocation or change did not happen, with the reason', params: reviewSystemParams, body: exceptionBody } },
      async (request, reply) => {
        await recordException(requestContext(workspace, request), { ...request.body, reviewId: request.params.id, systemId: request.params.systemId });
        return reply.code(204).send();
      },
    );

    app.post(
      '/reviews/:id/systems/:systemId/sign-off',
      { config: decide, schema: { tags, summary: 'The reviewer signs off a system: every account decided, every revocation and change confirmed or excepted', params: reviewSystemParams, response: { 200: review } } },
      async (request) => {
        const ctx = requestContext(workspace, request);
        await signOffSystem(ctx, { reviewId: request.params.id, systemId: request.params.systemId });
        return loadReview(ctx, request.params.id);
      },
    );

    app.post(
      '/reviews/:id/close',
      { config: manage, schema: { tags, summary: 'Close a review whose systems are all signed off; it completes each system’s quarterly obligation', params: reviewParams, response: { 200: review } } },
      async (request) => closeReview(requestContext(workspace, request), { reviewId: request.params.id }),
    );

    app.get(
      '/reviews/:id/report',
      { config: read, schema: { tags, summary: 'The review as evidence: before and after lists, every decision, remediation, exceptions, comments, sign-offs, timeliness', params: reviewParams, response: { 200: report } } },
      async (request) => reviewReport(requestContext(workspace, request), request.params.id),
    );

    app.get('/reviews/:id/report.csv', { config: read, schema: { tags, summary: 'Every decision of the review, one row per account, with what the after list shows', params: reviewParams } }, async (request, reply) => {
      const found = await reviewReport(requestContext(workspace, request), request.params.id);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="access-review-${found.review.quarter}.csv"`).send(reviewCsv(found));
    });
  };
}
