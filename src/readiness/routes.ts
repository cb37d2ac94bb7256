import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { controls as catalog } from '../controls/catalog.ts';
import { criteriaCoverage } from '../controls/coverage.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { attachControlEvidence, recordControlException } from './control-records.ts';
import { controlView, withControlViews } from './control-view.ts';
import { readinessHistory, readinessType1, readinessType2 } from './readiness.ts';
import {
  attachEvidenceBody,
  controlCatalog,
  controlParams,
  controlRecord,
  historyQuery,
  recordExceptionBody,
  scoreHistory,
  type1Query,
  type1Report,
  type2Query,
  type2Report,
} from './schemas.ts';

const tags = ['readiness'];
const read = { access: 'readiness:read' } as const;
const manage = { access: 'readiness:manage' } as const;

export function readinessRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/controls', { config: read, schema: { tags, summary: 'The control catalog, and which controls cover each Trust Services Criterion', response: { 200: controlCatalog } } }, async () => {
      const coverage = criteriaCoverage();
      return {
        controls: catalog.map(controlView),
        criteria: coverage.criteria.map(({ criterion, controls }) => ({ id: criterion.id, title: criterion.title, controls: controls.map((c) => c.id) })),
        uncovered: coverage.uncovered.map(({ criterion, reason }) => ({ id: criterion.id, title: criterion.title, reason })),
      };
    });

    app.get('/readiness/type1', { config: read, schema: { tags, summary: 'Type 1 as of a date: each control designed and in place, and the gaps in order', querystring: type1Query, response: { 200: type1Report } } }, async (request) => {
      const report = await readinessType1(requestContext(workspace, request), request.query);
      return { ...report, controls: withControlViews(report.controls) };
    });

    app.get('/readiness/type2', { config: read, schema: { tags, summary: 'Type 2 over a window: every occurrence and population member of each control', querystring: type2Query, response: { 200: type2Report } } }, async (request) => {
      const report = await readinessType2(requestContext(workspace, request), request.query);
      return { ...report, controls: withControlViews(report.controls) };
    });

    app.get('/readiness/history', { config: read, schema: { tags, summary: 'The Type 1 score at each month end, and today', querystring: historyQuery, response: { 200: scoreHistory } } }, async (request) => ({
      points: await readinessHistory(requestContext(workspace, request), request.query),
    }));

    app.post(
      '/controls/:id/evidence',
      { config: manage, bodyLimit: 15_000_000, schema: { tags, summary: 'Attach evidence Groundwork does not keep itself to a control', params: controlParams, body: attachEvidenceBody, response: { 201: controlRecord } } },
      async (request, reply) => {
        const { file, note, effectiveAt } = request.body;
        const recorded = await attachControlEvidence(requestContext(workspace, request), {
          controlId: request.params.id,
          file: { name: file.name, bytes: Buffer.from(file.contentBase64, 'base64') },
          note,
          effectiveAt: effectiveAt ? new Date(effectiveAt) : undefined,
        });
        return reply.code(201).send(recorded);
      },
    );

    app.post(
      '/controls/:id/exceptions',
      { config: manage, schema: { tags, summary: 'Record why one occurrence or population member did not go by the rule', params: controlParams, body: recordExceptionBody, response: { 201: controlRecord } } },
      async (request, reply) => reply.code(201).send(await recordControlException(requestContext(workspace, request), { controlId: request.params.id, ...request.body })),
    );
  };
}
