import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { requireAuditorInWindow } from '../identity/auditor-access.ts';
import { authenticateSession, authenticateToken, type Identity } from '../identity/authenticate.ts';
import { can, type RouteAccess } from '../identity/roles.ts';
import { sameSecret } from '../identity/secret-token.ts';
import type { Workspace } from '../open-workspace.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every /api route must say (see RouteAccess). */
    access?: RouteAccess;
    /** The handler records what an auditor saw (recordAuditorView in src/audits/), with more than the URL says; the access check then does not record the view again. */
    recordsAuditorView?: boolean;
  }
  interface FastifyRequest {
    identity: Identity | undefined;
  }
  interface FastifyInstance {
    /** Every API route and what it needs: the permission test walks this table. */
    accessRules: AccessRule[];
  }
}

export interface AccessRule {
  method: string;
  url: string;
  access: RouteAccess;
}

export const SESSION_COOKIE = 'groundwork_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Registers the access check on every route. A route under /api without an `access` rule
 * stops the server from starting: nothing is reachable by accident.
 */
export function registerAccess(app: FastifyInstance, workspace: Workspace): void {
  app.decorate('accessRules', [] as AccessRule[]);
  app.decorateRequest('identity', undefined);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} has no access rule; add config.access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.accessRules.push({ method, url: route.url, access });
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    const ctx = workspace.context(anonymousActor(request));
    request.identity = await identify(ctx, request, access === 'public');
    if (access === 'public') return;
    const identity = request.identity;
    if (!identity) throw new AppError('unauthenticated', 'you are not signed in');
    if (identity.via === 'token') {
      if (access === 'session' || access === 'account') throw new AppError('forbidden', 'API tokens cannot manage sign-in, sessions or tokens; use the web UI');
      if (identity.token.scope === 'read' && !SAFE_METHODS.has(request.method)) throw new AppError('forbidden', 'this API token is read-only');
    } else {
      if (!SAFE_METHODS.has(request.method)) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !sameSecret(sent, identity.signedIn.csrfToken)) {
          throw new AppError('forbidden', `a request that changes something must send the ${CSRF_HEADER} header from GET /api/auth/session`);
        }
      }
      if (access !== 'session' && identity.signedIn.stage !== 'ready') {
        throw new AppError('forbidden', identity.signedIn.stage === 'enrol' ? 'set up an authenticator app before anything else' : 'enter the code from your authenticator app first');
      }
    }
    if (access === 'session') return;
    await requireAuditorInWindow(ctx, identity.user);
    if (access === 'account') return;
    if (!can(identity.user.role, access)) {
      throw new AppError('forbidden', `the ${identity.user.role} role may not do this (${access.replace(':', ' ')})`);
    }
    if (identity.user.role === 'auditor' && !request.routeOptions.config.recordsAuditorView) await recordAuditorView(workspace.context({ type: 'user', id: identity.user.email }), request);
  });
}

async function identify(ctx: Context, request: FastifyRequest, optional: boolean): Promise<Identity | undefined> {
  const authorization = request.headers.authorization;
  try {
    if (authorization) {
      const [scheme, secret] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !secret) throw new AppError('unauthenticated', 'the Authorization header must be "Bearer <API token>"');
      return await authenticateToken(ctx, secret);
    }
    const cookie = request.cookies[SESSION_COOKIE];
    return cookie ? await authenticateSession(ctx, cookie) : undefined;
  } catch (error) {
    if (optional && error instanceof AppError && error.code === 'unauthenticated') return undefined;
    throw error;
  }
}

/** Every page and export an auditor opens is evidence: the seed's "who accessed what". */
async function recordAuditorView(ctx: Context, request: FastifyRequest): Promise<void> {
  if (request.method !== 'GET') return;
  await inTransaction(ctx, (tx) =>
    appendEvent(tx, { action: 'identity.auditor.viewed', subject: { type: 'route', id: request.routeOptions.url ?? request.url }, data: { url: request.url } }),
  );
}

export function anonymousActor(request: FastifyRequest): Context['actor'] {
  return { type: 'anonymous', id: request.ip };
}

export function clientOf(request: FastifyRequest): { ip: string | null; userAgent: string | null } {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null };
}
