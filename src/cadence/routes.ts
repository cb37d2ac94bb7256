import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { completeOccurrence } from './complete-occurrence.ts';
import { createObligation } from './create-obligation.ts';
import { dueNow } from './due-now.ts';
import { listObligations } from './list-obligations.ts';
import { listOccurrences } from './list-occurrences.ts';
import {
  completeOccurrenceBody,
  createObligationBody,
  dueList,
  obligation,
  obligationList,
  obligationParams,
  occurrence,
  occurrenceList,
  occurrenceQuery,
} from './schemas.ts';

export function cadenceRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/obligations', { config: { access: 'cadence:read' }, schema: { tags: ['cadence'], summary: 'Every obligation with its next due occurrence and record', response: { 200: obligationList } } }, async (request) => ({
      obligations: await listObligations(requestContext(workspace, request)),
    }));

    app.post(
      '/obligations',
      { config: { access: 'cadence:write' }, schema: { tags: ['cadence'], summary: 'Create a recurring obligation', body: createObligationBody, response: { 201: obligation } } },
      async (request, reply) => reply.code(201).send(await createObligation(requestContext(workspace, request), request.body)),
    );

    app.get(
      '/obligations/:id/occurrences',
      { config: { access: 'cadence:read' }, schema: { tags: ['cadence'], summary: 'Occurrences due between two dates, with status', params: obligationParams, querystring: occurrenceQuery, response: { 200: occurrenceList } } },
      async (request) => ({
        occurrences: await listOccurrences(requestContext(workspace, request), { obligationId: request.params.id, ...request.query }),
      }),
    );

    app.post(
      '/obligations/:id/completions',
      { config: { access: 'cadence:write' }, schema: { tags: ['cadence'], summary: 'Complete an occurrence', params: obligationParams, body: completeOccurrenceBody, response: { 201: occurrence } } },
      async (request, reply) => {
        const { effectiveAt, ...rest } = request.body;
        const completed = await completeOccurrence(requestContext(workspace, request), {
          obligationId: request.params.id,
          ...rest,
          effectiveAt: effectiveAt === undefined ? undefined : new Date(effectiveAt),
        });
        return reply.code(201).send(completed);
      },
    );

    app.get('/cadence/due', { config: { access: 'cadence:read' }, schema: { tags: ['cadence'], summary: 'Open (including overdue) and missed occurrences, oldest first', response: { 200: dueList } } }, async (request) => ({
      due: await dueNow(requestContext(workspace, request)),
    }));
  };
}
