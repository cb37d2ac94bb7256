import type { FastifyRequest } from 'fastify';
import type { Context } from '../context.ts';
import type { Workspace } from '../open-workspace.ts';

/**
 * The use-case context of a request. Until sign-in exists, requests are anonymous: the server
 * listens on 127.0.0.1 by default, and nothing reachable over HTTP changes domain data yet.
 */
export function requestContext(workspace: Workspace, _request: FastifyRequest): Context {
  return workspace.context({ type: 'user', id: 'anonymous' });
}
