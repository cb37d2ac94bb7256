import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import type { Checklist } from './checklist.ts';
import { loadChecklist, loadChecklists } from './checklist.ts';
import { checklist, checklistList, checklistParams, checklistTemplateBody, checklistTemplateResult, templateParams, completeItemBody, itemParams, myItems, offboardingBody, onboardingBody, personParams, reductionInForceBody } from './checklist-schemas.ts';
import { checklistTemplate } from './checklist-template.ts';
import { completeItem, outcomesOf } from './complete-item.ts';
import { editChecklistTemplate } from './edit-checklist-template.ts';
import { itemsWaitingFor } from './items-waiting-for.ts';
import { loadPerson } from './person.ts';
import { offboardMany, startOffboarding } from './start-offboarding.ts';
import { startOnboarding } from './start-onboarding.ts';

export const withOutcomes = (c: Checklist) => ({ ...c, items: c.items.map((item) => ({ ...item, outcomes: outcomesOf(item) })) });

/** Onboarding and offboarding: start them, read them, and complete their items with proof. */
export function checklistRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['people'];
    const read = { access: 'people:read' } as const;
    const manage = { access: 'people:manage' } as const;
    const checklistsOf = async (ctx: Context, id: string) => loadChecklists(ctx, { engagementIds: (await loadPerson(ctx, id)).engagements.map((e) => e.id) });

    app.get('/people/:id/checklists', { config: read, schema: { tags, summary: 'Every onboarding and offboarding of a person, oldest first', params: personParams, response: { 200: checklistList } } }, async (request) => ({
      checklists: (await checklistsOf(requestContext(workspace, request), request.params.id)).map(withOutcomes),
    }));

    app.post('/people/:id/onboarding', { config: manage, schema: { tags, summary: 'Start a person’s onboarding from the checklist for their kind', params: personParams, body: onboardingBody, response: { 201: checklist } } }, async (request, reply) =>
      reply.code(201).send(withOutcomes(await startOnboarding(requestContext(workspace, request), { person: request.params.id, systems: request.body.systems }))),
    );

    app.post('/people/:id/offboarding', { config: manage, schema: { tags, summary: 'Start an offboarding: every access item is due by the end of the termination day', params: personParams, body: offboardingBody, response: { 201: checklist } } }, async (request, reply) => {
      const { terminatesAt, reason, conversationAt } = request.body;
      const started = await startOffboarding(requestContext(workspace, request), { person: request.params.id, terminatesAt: new Date(terminatesAt), reason, conversationAt: conversationAt ? new Date(conversationAt) : undefined });
      return reply.code(201).send(withOutcomes(started));
    });

    app.post('/people/reduction-in-force', { config: manage, schema: { tags, summary: 'Offboard many people at one coordinated cut-off time, in one transaction', body: reductionInForceBody, response: { 201: checklistList.extend({ batchId: z.string() }) } } }, async (request, reply) => {
      const { people, terminatesAt, conversationAt } = request.body;
      const { batchId, checklists } = await offboardMany(requestContext(workspace, request), { people, terminatesAt: new Date(terminatesAt), conversationAt: conversationAt ? new Date(conversationAt) : undefined });
      return reply.code(201).send({ batchId, checklists: checklists.map(withOutcomes) });
    });

    app.get('/checklists/:id', { config: read, schema: { tags, summary: 'One checklist with its items, deadline and exceptions', params: checklistParams, response: { 200: checklist } } }, async (request) =>
      withOutcomes(await loadChecklist(requestContext(workspace, request), request.params.id)),
    );

    app.get('/me/checklist-items', { config: { access: 'checklists:confirm' }, schema: { tags, summary: 'The open items waiting for me, as the person or as their manager', response: { 200: myItems } } }, async (request) => ({
      items: (await itemsWaitingFor(requestContext(workspace, request), request.identity!.user.email)).map((waiting) => ({ ...waiting, item: { ...waiting.item, outcomes: outcomesOf(waiting.item) } })),
    }));

    app.post(
      '/checklists/:id/items/:key',
      { config: { access: 'checklists:confirm' }, bodyLimit: 15_000_000, schema: { tags, summary: 'Complete an item, with its proof; who may depends on the item', params: itemParams, body: completeItemBody, response: { 200: checklist } } },
      async (request) => {
        const { file, effectiveAt, ...rest } = request.body;
        const user = request.identity!.user;
        const done = await completeItem(
          requestContext(workspace, request),
          { checklistId: request.params.id, key: request.params.key, ...rest, file: file && { name: file.name, bytes: Buffer.from(file.contentBase64, 'base64') }, effectiveAt: effectiveAt ? new Date(effectiveAt) : undefined },
          { role: user.role, email: user.email },
        );
        return withOutcomes(done);
      },
    );

    app.get('/checklist-templates/:kind/:personKind', { config: read, schema: { tags, summary: 'The checklist a kind of person gets: the workspace’s own, or the shipped one', params: templateParams, response: { 200: checklistTemplateResult } } }, async (request) =>
      checklistTemplate(requestContext(workspace, request), request.params.kind, request.params.personKind),
    );

    app.put('/checklist-templates/:kind/:personKind', { config: manage, schema: { tags, summary: 'Replace the checklist for a kind of person; checklists already started keep theirs', params: templateParams, body: checklistTemplateBody, response: { 200: checklistTemplateResult } } }, async (request) => ({
      items: await editChecklistTemplate(requestContext(workspace, request), { ...request.params, items: request.body.items }),
      edited: true,
    }));
  };
}
