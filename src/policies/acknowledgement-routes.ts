import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { requestContext } from '../http/request-context.ts';
import { recordFailure, refuseIfThrottled } from '../identity/throttle.ts';
import type { Workspace } from '../open-workspace.ts';
import { findPerson, type Person, todayIn } from '../people/person.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { acknowledgePolicy } from './acknowledge-policy.ts';
import { acknowledgementLinkUrl, acknowledgeWithLink, createAcknowledgementLink, readAcknowledgementLink } from './acknowledgement-links.ts';
import { acknowledgementMatrix, owedAcknowledgements } from './acknowledgements.ts';
import { acknowledgementsCsv } from './acknowledgements-csv.ts';
import { policiesToRead } from './policies-to-read.ts';
import {
  acknowledgeBody,
  acknowledgeManyBody,
  acknowledgement,
  acknowledgementQuery,
  acknowledgementRows,
  createdLink,
  linkBody,
  linkParams,
  linkView,
  myAcknowledgements,
} from './schemas.ts';

/** The directory entry of the signed-in user, by work email or alias. */
async function personOf(ctx: Context, request: FastifyRequest): Promise<Person | undefined> {
  return findPerson(ctx, request.identity!.user.email);
}

/**
 * A public link route: refused while the caller's address backs off after invalid links, and an
 * invalid link counts towards that back-off, so tokens cannot be tried one after another.
 */
async function throttled<T>(ctx: Context, request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  const keys = [`acknowledgement-link:${request.ip}`];
  await refuseIfThrottled(ctx, keys);
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.where === 'token') await recordFailure(ctx, keys);
    throw error;
  }
}

/** Acknowledging policies: signed in, or from a link without a login; and who has not acknowledged what. */
export function acknowledgementRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['policies'];
    const track = { access: 'people:read' } as const;
    // Every role reads policies and acknowledges its own; a token acts as its user (the CLI's `policy ack`).
    const own = { access: 'policies:read' } as const;
    const open = { access: 'public' } as const;

    app.get('/acknowledgements', { config: track, schema: { tags, summary: 'Who has acknowledged which policy, and who has not', querystring: acknowledgementQuery, response: { 200: acknowledgementRows } } }, async (request) => ({
      rows: await acknowledgementMatrix(requestContext(workspace, request), { policyId: request.query.policy, outstanding: request.query.outstanding === 'true' }),
    }));

    app.get('/acknowledgements.csv', { config: track, schema: { tags, summary: 'The same as CSV, one row per person and policy', querystring: acknowledgementQuery } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      const outstanding = request.query.outstanding === 'true';
      const rows = await acknowledgementMatrix(ctx, { policyId: request.query.policy, outstanding });
      const name = ['acknowledgements', request.query.policy, outstanding && 'outstanding', (await todayIn(ctx)).toString()].filter(Boolean).join('-');
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.csv"`).send(acknowledgementsCsv(rows));
    });

    app.get('/account/acknowledgements', { config: own, schema: { tags, summary: 'The policies I am asked to acknowledge, with their texts, and those I have', response: { 200: myAcknowledgements } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const person = await personOf(ctx, request);
      if (!person) return { person: null, outstanding: [], acknowledged: [] };
      const owed = await owedAcknowledgements(ctx, person.id);
      return {
        person: { id: person.id, name: person.name, email: person.email, kind: person.current.kind },
        outstanding: await policiesToRead(ctx, owed.outstanding),
        acknowledged: owed.policies.filter((row) => row.status === 'acknowledged').map((row) => ({ policyId: row.policyId, title: row.title, version: row.acknowledgedVersion!, acknowledgedAt: row.acknowledgedAt!, via: row.via! })),
      };
    });

    app.post('/account/acknowledgements', { config: own, schema: { tags, summary: 'I have read and agree to this version of a policy', body: acknowledgeBody, response: { 201: acknowledgement } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      const person = await personOf(ctx, request);
      if (!person) {
        throw new AppError('not_found', `${request.identity!.user.email} is not in the people directory, so no policy asks you to acknowledge it; an admin adds you to the directory first`, 'person');
      }
      return reply.code(201).send(await acknowledgePolicy(ctx, { ...request.body, personId: person.id, via: 'session' }));
    });

    app.post('/acknowledgement-links', { config: { access: 'policies:manage' }, schema: { tags, summary: 'A single-use link, valid 14 days, for someone without a login to acknowledge what they owe', body: linkBody, response: { 201: createdLink } } }, async (request, reply) => {
      const { token, expiresAt, person } = await createAcknowledgementLink(requestContext(workspace, request), request.body);
      return reply.code(201).send({ url: acknowledgementLinkUrl(workspace.config.publicUrl, token), expiresAt, person: { id: person.id, name: person.name, email: person.email } });
    });

    app.get('/acknowledgement-links/:token', { config: open, schema: { tags, summary: 'What a link asks its person to read and acknowledge', params: linkParams, response: { 200: linkView } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return throttled(ctx, request, async () => {
        const { expiresAt, owed } = await readAcknowledgementLink(ctx, request.params.token);
        return { workspace: (await getWorkspace(ctx)).name, person: { name: owed.person.name }, expiresAt, outstanding: await policiesToRead(ctx, owed.outstanding) };
      });
    });

    app.post(
      '/acknowledgement-links/:token',
      { config: open, schema: { tags, summary: 'Acknowledge from a link: every policy listed, at once; the link is then used', params: linkParams, body: acknowledgeManyBody, response: { 200: z.object({ acknowledged: z.array(acknowledgement) }) } } },
      async (request) => {
        const ctx = requestContext(workspace, request);
        return throttled(ctx, request, async () => ({ acknowledged: await acknowledgeWithLink(ctx, request.params.token, request.body.acknowledgements) }));
      },
    );
  };
}
