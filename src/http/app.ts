import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { connectorRoutes } from '../accounts/connectors/routes.ts';
import { accountRoutes } from '../accounts/routes.ts';
import { assetRoutes } from '../assets/routes.ts';
import { auditRoutes } from '../audits/routes.ts';
import { cadenceRoutes } from '../cadence/routes.ts';
import { evidenceRoutes } from '../evidence/routes.ts';
import { exportRoutes } from '../exports/routes.ts';
import { authRoutes } from '../identity/routes.ts';
import { ssoRoutes } from '../identity/sso/routes.ts';
import { userRoutes } from '../identity/user-routes.ts';
import { acknowledgementRoutes } from '../policies/acknowledgement-routes.ts';
import { policyLifecycleRoutes } from '../policies/lifecycle-routes.ts';
import { policyRoutes } from '../policies/routes.ts';
import type { Workspace } from '../open-workspace.ts';
import { checklistRoutes } from '../people/checklist-routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import { reportRoutes } from '../people/report-routes.ts';
import { readinessRoutes } from '../readiness/routes.ts';
import { reviewRoutes } from '../reviews/routes.ts';
import { systemRoutes } from '../systems/routes.ts';
import { workspaceRoutes } from '../workspace/routes.ts';
import { registerAccess } from './access.ts';
import { healthRoutes } from './health-routes.ts';
import { handleError, sendProblem } from './problem.ts';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** The built web UI; not served when the directory is missing. */
  webDir?: string;
}

/** Boot order is the architecture: edge plugins, then the API, then the web UI. */
export async function buildApp(workspace: Workspace, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: 1024 * 1024,
    trustProxy: trustedHops(workspace.config.trustProxy),
    logger: options.logger ?? {
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  // No upgrade-insecure-requests: served over plain HTTP on a LAN, it would break every asset.
  await app.register(helmet, { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Groundwork API', version: '0.1.0', description: 'SOC 2 readiness workspace: evidence log, cadence, and the modules built on them.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  registerAccess(app, workspace);

  await app.register(healthRoutes(workspace));
  await app.register(authRoutes(workspace), { prefix: '/api' });
  await app.register(ssoRoutes(workspace), { prefix: '/api' });
  await app.register(userRoutes(workspace), { prefix: '/api' });
  await app.register(workspaceRoutes(workspace), { prefix: '/api' });
  await app.register(evidenceRoutes(workspace), { prefix: '/api' });
  await app.register(cadenceRoutes(workspace), { prefix: '/api' });
  await app.register(policyRoutes(workspace), { prefix: '/api' });
  await app.register(policyLifecycleRoutes(workspace), { prefix: '/api' });
  await app.register(acknowledgementRoutes(workspace), { prefix: '/api' });
  await app.register(peopleRoutes(workspace), { prefix: '/api' });
  await app.register(checklistRoutes(workspace), { prefix: '/api' });
  await app.register(reportRoutes(workspace), { prefix: '/api' });
  await app.register(systemRoutes(workspace), { prefix: '/api' });
  await app.register(accountRoutes(workspace), { prefix: '/api' });
  await app.register(connectorRoutes(workspace), { prefix: '/api' });
  await app.register(reviewRoutes(workspace), { prefix: '/api' });
  await app.register(readinessRoutes(workspace), { prefix: '/api' });
  await app.register(assetRoutes(workspace), { prefix: '/api' });
  await app.register(auditRoutes(workspace), { prefix: '/api' });
  await app.register(exportRoutes(workspace), { prefix: '/api' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webDir = options.webDir ?? WEB_DIST;
  // Files are looked up per request, not listed at start: on a first start the UI is built
  // after the server listens.
  await app.register(fastifyStatic, { root: webDir });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/')) {
      return sendProblem(reply, { title: 'Not found', status: 404, detail: `no route for ${request.method} ${request.url.split('?')[0]}`, code: 'not_found' });
    }
    // The SPA's own router handles every other path; on a first start the UI may still be building.
    if (existsSync(path.join(webDir, 'index.html'))) return reply.sendFile('index.html');
    return reply.code(503).header('retry-after', '5').type('text/html').send(BUILDING_PAGE);
  });
  return app;
}

/** Fastify's types take a hop count only as a function: trust the n nearest hops. */
function trustedHops(setting: boolean | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

const BUILDING_PAGE = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>Groundwork</title><p style="font-family:system-ui;margin:3rem">Groundwork is building its web UI for the first time. This page reloads by itself.</p>`;
