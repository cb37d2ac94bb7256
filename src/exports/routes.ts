import { PassThrough, Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { buildAuditorPackage } from './build-auditor-package.ts';
import { checkedWindow } from './export-window.ts';
import type { PopulationKind } from './population-kinds.ts';
import { populationCsv, populations } from './populations.ts';
import { packageQuery, populationParams } from './schemas.ts';

export function exportRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/exports/package.zip',
      {
        config: { access: 'exports:read' },
        schema: { tags: ['exports'], summary: 'The auditor package of a window, streamed as one ZIP: index.html, control matrix, populations, policies, the log’s slice, verify.mjs and manifest.json', querystring: packageQuery },
      },
      async (request, reply) => {
        const ctx = requestContext(workspace, request);
        // A bad window is a 400 before the download starts; a failure once it has started breaks the download.
        const { from, to } = await checkedWindow(ctx, request.query);
        const body = new PassThrough();
        buildAuditorPackage(ctx, { from, to }, body).catch((error: unknown) => request.log.error({ err: error }, 'the auditor package stopped'));
        return reply.type('application/zip').header('content-disposition', `attachment; filename="auditor-package-${from}-to-${to}.zip"`).send(body);
      },
    );

    app.get(
      '/exports/populations/:file',
      {
        config: { access: 'exports:read' },
        schema: { tags: ['exports'], summary: 'One population of a window as CSV, exactly as the auditor package holds it: what an audit request links to', params: populationParams, querystring: packageQuery },
      },
      async (request, reply) => {
        const ctx = requestContext(workspace, request);
        const window = await checkedWindow(ctx, request.query);
        const kind = request.params.file.replace(/\.csv$/, '') as PopulationKind;
        // The package cites each row's events to widen its log slice; a CSV alone has no slice.
        const body = Readable.from(populationCsv(populations[kind], { ctx, window, cite: () => {} }));
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${kind}-${window.from}-to-${window.to}.csv"`).send(body);
      },
    );
  };
}
