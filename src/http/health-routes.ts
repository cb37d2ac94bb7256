import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationStatus } from '../db/migrate.ts';
import type { Workspace } from '../open-workspace.ts';
import { sendProblem } from './problem.ts';

export function healthRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

    app.get('/readyz', { schema: { response: { 200: z.object({ status: z.literal('ready'), engine: z.string() }) } } }, async (_request, reply) => {
      try {
        await sql`select 1`.execute(workspace.store.db);
        const { pending } = await migrationStatus(workspace.store.db);
        if (pending.length > 0) {
          return sendProblem(reply, { title: 'Not ready', status: 503, detail: `pending migrations: ${pending.join(', ')}`, code: 'not_ready' });
        }
      } catch (error) {
        return sendProblem(reply, { title: 'Not ready', status: 503, detail: `database unreachable: ${(error as Error).message}`, code: 'not_ready' });
      }
      return { status: 'ready' as const, engine: workspace.store.engine };
    });
  };
}
