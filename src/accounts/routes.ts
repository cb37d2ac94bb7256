import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalidInput } from '../errors.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { systemParams } from '../systems/schemas.ts';
import { accountFormats } from './account-formats.ts';
import { accountInForce } from './account-in-force.ts';
import { accountsCsv } from './accounts-csv.ts';
import { loadFlagSettings, updateFlagSettings } from './flag-settings.ts';
import { plainCsvColumns } from './formats/plain-csv-columns.ts';
import { importAccounts } from './import-accounts.ts';
import { accountBatches, listAccounts } from './list-accounts.ts';
import { mapAccount } from './map-account.ts';
import { saveUploadedFiles } from './save-uploaded-files.ts';
import {
  account,
  accountCsvQuery,
  accountList,
  accountListQuery,
  accountSnapshot,
  flagSettings,
  flagSettingsBody,
  formatList,
  importBody,
  importQuery,
  mappingBody,
  snapshotList,
  systemAccountParams,
} from './schemas.ts';
import { listSnapshots } from './snapshot.ts';

const all = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : [value].flat() as T[]);

/**
 * A system's accounts: import an export's files, list them with their flags, as CSV, the snapshots,
 * whose an account is, and the settings the flags measure against.
 */
export function accountRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['accounts'];
    const read = { access: 'accounts:read' } as const;
    const manage = { access: 'accounts:manage' } as const;
    // An import's files arrive as the raw body, one after another, and stream to disk (saveUploadedFiles).
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

    app.get('/account-formats', { config: read, schema: { tags, summary: 'The exports an import reads, and the columns of the plain CSV', response: { 200: formatList } } }, async () => ({
      formats: accountFormats.map(({ id, label, files }) => ({ id, label, files })),
      plainCsvColumns,
    }));

    app.get(
      '/systems/:id/accounts',
      { config: read, schema: { tags, summary: 'A system’s accounts in its snapshot in force, matched to people and flagged with their reasons', params: systemParams, querystring: accountListQuery, response: { 200: accountList } } },
      async (request) => {
        const { flag, search, snapshot, offset, limit } = request.query;
        return listAccounts(requestContext(workspace, request), { systemId: request.params.id, snapshotId: snapshot, flags: all(flag), search, offset, limit });
      },
    );

    app.get('/systems/:id/accounts.csv', { config: read, schema: { tags, summary: 'The same accounts as CSV, every one of them, flags as ids and reasons', params: systemParams, querystring: accountCsvQuery } }, async (request, reply) => {
      const { snapshot, batches } = await accountBatches(requestContext(workspace, request), { systemId: request.params.id, flags: all(request.query.flag), search: request.query.search });
      const name = `${snapshot.systemId}-accounts-${snapshot.number}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`).send(Readable.from(accountsCsv(batches)));
    });

    app.get('/systems/:id/snapshots', { config: read, schema: { tags, summary: 'A system’s account snapshots, newest first; the newest is in force', params: systemParams, response: { 200: snapshotList } } }, async (request) => ({
      snapshots: await listSnapshots(requestContext(workspace, request), request.params.id),
    }));

    app.post(
      '/systems/:id/accounts/import',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Import the files of one export as a new snapshot. The body is the files one after another (application/octet-stream), named and sized by ?file=…&bytes=…',
          params: systemParams,
          querystring: importQuery,
          body: importBody,
          consumes: ['application/octet-stream'],
          response: { 201: accountSnapshot },
        },
      },
      async (request, reply) => {
        if (!(request.body instanceof Readable)) throw invalidInput('send the files as the body, one after another, with content-type application/octet-stream', 'body');
        const names = all(request.query.file);
        const sizes = all(request.query.bytes);
        if (sizes.length !== names.length && sizes.length !== names.length - 1) {
          throw invalidInput(`give the size of each of the ${names.length} files (the last may be left out), not ${sizes.length}`, 'querystring.bytes');
        }
        const twice = names.find((name, i) => names.indexOf(name) !== i);
        if (twice) throw invalidInput(`two files are named ${twice}; errors and evidence name files by their names`, 'querystring.file');
        const dir = await mkdtemp(path.join(tmpdir(), 'groundwork-import-'));
        try {
          const files = await saveUploadedFiles(
            request.body,
            names.map((name, i) => ({ name, bytes: sizes[i] })),
            dir,
          );
          const { format, asOf } = request.query;
          const snapshot = await importAccounts(requestContext(workspace, request), { systemId: request.params.id, files, format, asOf: asOf ? new Date(asOf) : undefined });
          return reply.code(201).send(snapshot);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );

    app.put(
      '/systems/:id/accounts/:externalId/mapping',
      { config: manage, schema: { tags, summary: 'Say whose an account is when its email does not; remembered for later imports. null forgets it', params: systemAccountParams, body: mappingBody, response: { 200: account } } },
      async (request) => {
        const ctx = requestContext(workspace, request);
        const { id, externalId } = request.params;
        await mapAccount(ctx, { systemId: id, externalId, person: request.body.person });
        return accountInForce(ctx, id, externalId);
      },
    );

    app.get('/access-review-settings', { config: read, schema: { tags, summary: 'When an account counts as dormant and a credential as stale', response: { 200: flagSettings } } }, async (request) =>
      loadFlagSettings(requestContext(workspace, request)),
    );

    app.patch('/access-review-settings', { config: manage, schema: { tags, summary: 'Change when an account counts as dormant and a credential as stale; recorded before and after', body: flagSettingsBody, response: { 200: flagSettings } } }, async (request) =>
      updateFlagSettings(requestContext(workspace, request), request.body),
    );
  };
}
