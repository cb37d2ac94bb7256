import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { listAuditRequests, loadAuditRequest } from './audit-request.ts';
import { loadAuditWindow } from './audit-window.ts';
import { importRequests, previewRequestImport } from './import-requests.ts';
import { linkEvidence } from './link-evidence.ts';
import { MAX_REQUEST_FILE_BYTES, requestFileColumns } from './read-request-csv.ts';
import { recordAuditorView } from './record-auditor-view.ts';
import { requestColumns } from './request-columns.ts';
import {
  applyImportBody,
  columnList,
  fileColumns,
  importBody,
  importResult,
  linkBody,
  linkParams,
  requestDetail,
  requestList,
  requestListQuery,
  requestParams,
  windowAnswer,
  windowBody,
} from './schemas.ts';
import { setAuditWindow } from './set-audit-window.ts';
import { unlinkEvidence } from './unlink-evidence.ts';

/**
 * The audit: its window, the auditor's request list (imported from the firm's CSV), and the
 * evidence that answers each request. Auditors read it all; what they open is recorded.
 */
export function auditRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['audits'];
    // Reads an auditor makes are recorded by the handler, with what they showed.
    const read = { access: 'audits:read', recordsAuditorView: true } as const;
    const manage = { access: 'audits:manage' } as const;
    // The CSV travels inside JSON, where quotes and line breaks are escaped.
    const bodyLimit = 2 * MAX_REQUEST_FILE_BYTES + 64 * 1024;

    app.get('/audits/window', { config: read, schema: { tags, summary: 'The audit window: the observation period, and the audit firm', response: { 200: windowAnswer } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const window = await loadAuditWindow(ctx);
      await recordAuditorView(ctx, { type: 'audit_window', id: '1', shown: { window: window && { from: window.from, to: window.to, firm: window.firm } } });
      return { window };
    });

    app.put('/audits/window', { config: manage, schema: { tags, summary: 'Set the audit window; the change is recorded before and after', body: windowBody, response: { 200: windowAnswer } } }, async (request) => ({
      window: await setAuditWindow(requestContext(workspace, request), request.body),
    }));

    app.get('/audits/requests', { config: read, schema: { tags, summary: "The auditor's requests with their status, due date and answers", querystring: requestListQuery, response: { 200: requestList } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const list = await listAuditRequests(ctx, request.query);
      await recordAuditorView(ctx, { type: 'audit_requests', shown: { status: request.query.status ?? 'all', counts: list.counts, requests: list.requests.map((r) => r.id) } });
      return list;
    });

    app.get('/audits/requests/import/columns', { config: { access: 'audits:read' }, schema: { tags, summary: 'The columns of a request list the import reads, under the names audit firms give them', response: { 200: columnList } } }, async () => ({
      columns: requestColumns,
    }));

    app.post(
      '/audits/requests/import/headers',
      { bodyLimit, config: manage, schema: { tags, summary: "A request list's header row, and which column gives each field; writes nothing", body: importBody, response: { 200: fileColumns } } },
      async (request) => requestFileColumns(request.body),
    );

    app.post(
      '/audits/requests/import/preview',
      { bodyLimit, config: manage, schema: { tags, summary: 'What importing a request list would do, request by request; writes nothing', body: importBody, response: { 200: importResult } } },
      async (request) => previewRequestImport(requestContext(workspace, request), request.body),
    );

    app.post(
      '/audits/requests/import',
      { bodyLimit, config: manage, schema: { tags, summary: 'Import the request list that was previewed, named by its SHA-256: adds new requests, updates the others, keeps every answer', body: applyImportBody, response: { 200: importResult } } },
      async (request) => importRequests(requestContext(workspace, request), request.body),
    );

    app.get('/audits/requests/:id', { config: read, schema: { tags, summary: 'One request with the evidence linked to it', params: requestParams, response: { 200: requestDetail } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const found = await loadAuditRequest(ctx, request.params.id);
      await recordAuditorView(ctx, { type: 'audit_request', id: found.id, shown: { status: found.status, links: found.links.filter((l) => !l.removedAt).map((l) => l.number) } });
      return found;
    });

    app.post(
      '/audits/requests/:id/links',
      { bodyLimit: 15_000_000, config: manage, schema: { tags, summary: 'Answer a request: link a population over a window, an attachment or a new file, an auditor package, or a note', params: requestParams, body: linkBody, response: { 201: requestDetail } } },
      async (request, reply) => {
        const body = request.body;
        const link = body.kind === 'file' ? { kind: 'attachment' as const, file: { name: body.file.name, bytes: Buffer.from(body.file.contentBase64, 'base64') } } : body;
        return reply.code(201).send(await linkEvidence(requestContext(workspace, request), { requestId: request.params.id, ...link }));
      },
    );

    app.delete('/audits/requests/:id/links/:number', { config: manage, schema: { tags, summary: 'Unlink evidence from a request; the link stays, marked removed', params: linkParams, response: { 200: requestDetail } } }, async (request) =>
      unlinkEvidence(requestContext(workspace, request), { requestId: request.params.id, number: request.params.number }),
    );
  };
}
