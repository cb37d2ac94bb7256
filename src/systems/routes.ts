import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { addSystem } from './add-system.ts';
import { retireSystem } from './retire-system.ts';
import { addSystemBody, retireSystemBody, system, systemList, systemParams, updateSystemBody } from './schemas.ts';
import { listSystems, loadSystem } from './system.ts';
import { updateSystem } from './update-system.ts';

/** The systems inventory. */
export function systemRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['systems'];
    app.get('/systems', { config: { access: 'systems:read' }, schema: { tags, summary: 'Every system of the inventory, retired ones last', response: { 200: systemList } } }, async (request) => ({
      systems: await listSystems(requestContext(workspace, request)),
    }));

    app.post('/systems', { config: { access: 'systems:manage' }, schema: { tags, summary: 'Add a system; its id is the slug of its name', body: addSystemBody, response: { 201: system } } }, async (request, reply) =>
      reply.code(201).send(await addSystem(requestContext(workspace, request), request.body)),
    );

    app.get('/systems/:id', { config: { access: 'systems:read' }, schema: { tags, summary: 'One system', params: systemParams, response: { 200: system } } }, async (request) =>
      loadSystem(requestContext(workspace, request), request.params.id),
    );

    app.patch('/systems/:id', { config: { access: 'systems:manage' }, schema: { tags, summary: 'Change a system; each change is recorded before and after', params: systemParams, body: updateSystemBody, response: { 200: system } } }, async (request) =>
      updateSystem(requestContext(workspace, request), request.params.id, request.body),
    );

    app.post(
      '/systems/:id/retire',
      { config: { access: 'systems:manage' }, schema: { tags, summary: 'Retire a system the company stopped using, with the reason', params: systemParams, body: retireSystemBody, response: { 200: system } } },
      async (request) => retireSystem(requestContext(workspace, request), { id: request.params.id, reason: request.body.reason }),
    );
  };
}
