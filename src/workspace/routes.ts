import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { getWorkspace } from './get-workspace.ts';

const settings = z.object({ name: z.string(), timeZone: z.string() });

export function workspaceRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/workspace', { config: { access: 'workspace:read' }, schema: { tags: ['workspace'], summary: 'The workspace name and time zone', response: { 200: settings } } }, async (request) =>
      getWorkspace(requestContext(workspace, request)),
    );
  };
}
