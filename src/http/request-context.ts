import type { FastifyRequest } from 'fastify';
import type { Context } from '../context.ts';
import type { Workspace } from '../open-workspace.ts';

/**
 * The use-case context of a request. Until sign-in exists (the identity module), every request
 * acts as "anonymous", and its writes are recorded so in the evidence log; the server listens
 * on 127.0.0.1 by default, so only this machine can reach it.
 */
export function requestContext(workspace: Workspace, _request: FastifyRequest): Context {
  return workspace.context({ type: 'user', id: 'anonymous' });
}
