import type { FastifyRequest } from 'fastify';
import type { Context } from '../context.ts';
import type { Workspace } from '../open-workspace.ts';
import { anonymousActor } from './access.ts';

/** The use-case context of a request: it acts as the signed-in user, by email, or as the caller's address. */
export function requestContext(workspace: Workspace, request: FastifyRequest): Context {
  const user = request.identity?.user;
  return workspace.context(user ? { type: 'user', id: user.email } : anonymousActor(request));
}
