import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { parseLocalDate, startOfLocalDay } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { createCheckpoint } from './create-checkpoint.ts';
import { listEvents } from './list-events.ts';
import { checkpoint, eventPage, eventQuery, verifyResult } from './schemas.ts';
import { attachmentPath } from './store-attachment.ts';
import { verifyWorkspaceLog } from './verify-workspace-log.ts';

export function evidenceRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/evidence', { config: { access: 'evidence:read' }, schema: { tags: ['evidence'], summary: 'List evidence events, newest first', querystring: eventQuery, response: { 200: eventPage } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const { from, to, ...filter } = request.query;
      const { timeZone } = await getWorkspace(ctx);
      return listEvents(ctx, {
        ...filter,
        from: from ? startOfLocalDay(parseLocalDate(from, 'querystring.from'), timeZone) : undefined,
        until: to ? startOfLocalDay(parseLocalDate(to, 'querystring.to').add({ days: 1 }), timeZone) : undefined,
      });
    });

    app.get('/evidence/verify', { config: { access: 'evidence:read' }, schema: { tags: ['evidence'], summary: 'Verify the whole log', response: { 200: verifyResult } } }, async () =>
      verifyWorkspaceLog(workspace),
    );

    app.get('/evidence/public-key', { config: { access: 'evidence:read' }, schema: { tags: ['evidence'], summary: 'The Ed25519 key that signs checkpoints (SPKI PEM)', response: { 200: z.string() } } }, async (_request, reply) =>
      reply.type('application/x-pem-file').send(workspace.evidence.signingKey.publicKeyPem),
    );

    app.post('/evidence/checkpoints', { config: { access: 'evidence:write' }, schema: { tags: ['evidence'], summary: 'Sign the current end of the log now', response: { 200: checkpoint.nullable() } } }, async (request) =>
      createCheckpoint(requestContext(workspace, request)),
    );

    app.get(
      '/evidence/attachments/:sha256',
      { config: { access: 'evidence:read' }, schema: { tags: ['evidence'], summary: 'Download an attachment by its SHA-256', params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }) } },
      async (request, reply) => {
        const row = await workspace.store.db.selectFrom('attachments').selectAll().where('sha256', '=', request.params.sha256).executeTakeFirst();
        if (!row) throw new AppError('not_found', `no attachment has the SHA-256 ${request.params.sha256}`, 'sha256');
        return reply
          .type(row.content_type)
          .header('content-length', row.size_bytes)
          .header('content-disposition', `attachment; filename="${row.sha256}"`)
          .send(createReadStream(attachmentPath(workspace.evidence.attachmentsDir, row.sha256)));
      },
    );
  };
}
