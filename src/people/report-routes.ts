import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { peopleReport as reportSchema, reportQuery } from './checklist-schemas.ts';
import { checkedScope, peopleReport, type ReportScope } from './people-report.ts';
import { peopleReportCsv, peopleReportPdf } from './people-report-files.ts';

const fileName = (scope: ReportScope, ext: string) => `people-${'last' in scope ? `last-${scope.last}` : `${scope.from}-to-${scope.to}`}.${ext}`;

/** The onboarding and offboarding evidence an auditor samples, as JSON, CSV and PDF. */
export function reportRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { access: 'people:read' } as const;
    const tags = ['people'];
    app.get('/people/report', { config, schema: { tags, summary: 'The last N onboardings and offboardings, or every hire and leaver in a window, with timing and exceptions', querystring: reportQuery, response: { 200: reportSchema } } }, async (request) =>
      peopleReport(requestContext(workspace, request), checkedScope(request.query)),
    );
    app.get('/people/report.csv', { config, schema: { tags, summary: 'The same report as CSV', querystring: reportQuery } }, async (request, reply) => {
      const scope = checkedScope(request.query);
      const csv = peopleReportCsv(await peopleReport(requestContext(workspace, request), scope));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName(scope, 'csv')}"`).send(csv);
    });
    app.get('/people/report.pdf', { config, schema: { tags, summary: 'The same report as PDF', querystring: reportQuery } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      const scope = checkedScope(request.query);
      const pdf = peopleReportPdf(await peopleReport(ctx, scope), (await getWorkspace(ctx)).name);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName(scope, 'pdf')}"`).send(pdf);
    });
  };
}
