import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../http/request-context.ts';
import type { Workspace } from '../../open-workspace.ts';
import { systemParams } from '../../systems/schemas.ts';
import { loadConnector } from './connector.ts';
import { pullAccounts } from './pull-accounts.ts';
import { accountSnapshot } from '../schemas.ts';
import { connector, setConnectorBody } from './schemas.ts';
import { loadSecretKey } from './secret-key.ts';
import { removeConnector, setConnector } from './set-connector.ts';

/** The connectors that pull a system's accounts through its API, and the pulls. */
export function connectorRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const secretKey = loadSecretKey({ configured: workspace.config.secretKey, dataDir: workspace.config.dataDir });
    const tags = ['accounts'];
    const params = systemParams;

    app.get('/systems/:id/connector', { config: { access: 'accounts:read' }, schema: { tags, summary: 'How a system’s accounts are pulled; never its credential', params, response: { 200: connector } } }, async (request) =>
      (await loadConnector(requestContext(workspace, request), request.params.id)).connector,
    );

    app.put(
      '/systems/:id/connector',
      { config: { access: 'accounts:manage' }, schema: { tags, summary: 'Pull a system’s accounts from GitHub or Google Workspace; the credential is stored encrypted', params, body: setConnectorBody, response: { 200: connector } } },
      async (request) => setConnector(requestContext(workspace, request), secretKey, { systemId: request.params.id, ...request.body }),
    );

    app.delete('/systems/:id/connector', { config: { access: 'accounts:manage' }, schema: { tags, summary: 'Remove a system’s connector and its credential; its accounts arrive as files again', params } }, async (request, reply) => {
      await removeConnector(requestContext(workspace, request), request.params.id);
      return reply.code(204).send();
    });

    app.post(
      '/systems/:id/pull',
      { config: { access: 'accounts:manage' }, schema: { tags, summary: 'Pull a system’s accounts through its connector into a new snapshot', params, response: { 201: accountSnapshot } } },
      async (request, reply) => reply.code(201).send(await pullAccounts(requestContext(workspace, request), secretKey, { systemId: request.params.id })),
    );
  };
}
