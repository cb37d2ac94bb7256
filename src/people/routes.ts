import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../context.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { addPerson, rehirePerson } from './add-person.ts';
import { personParams } from './checklist-schemas.ts';
import { hrColumns, hrKindValues } from './hr-columns.ts';
import { importPeople, previewPeopleImport } from './import-people.ts';
import { listPeople, loadPerson, type Person } from './person.ts';
import { personViews } from './person-view.ts';
import { MAX_HR_FILE_BYTES } from './read-hr-csv.ts';
import { addPersonBody, applyImportBody, hrColumnList, importBody, importPreview, listQuery, personDetail, personList, rehireBody, updatePersonBody } from './schemas.ts';
import { updatePerson } from './update-person.ts';

const view = async (ctx: Context, person: Person) => (await personViews(ctx, [person]))[0]!;

/** The people directory: list, read, add, change, bring back, and import from an HR system's CSV export. */
export function peopleRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['people'];
    const read = { access: 'people:read' } as const;
    const manage = { access: 'people:manage' } as const;
    // The CSV travels inside JSON, where quotes and line breaks are escaped.
    const bodyLimit = 2 * MAX_HR_FILE_BYTES + 64 * 1024;

    app.get('/people', { config: read, schema: { tags, summary: 'Everyone in the directory, by name, with their current engagement', querystring: listQuery, response: { 200: personList } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const people = (await listPeople(ctx)).filter((p) => !request.query.status || p.current.status === request.query.status);
      return { people: await personViews(ctx, people) };
    });

    app.get('/people/import/columns', { config: read, schema: { tags, summary: 'The columns of an HR export the import reads, and the worker types it knows', response: { 200: hrColumnList } } }, async () => ({
      columns: hrColumns,
      kinds: hrKindValues,
    }));

    app.get('/people/:id', { config: read, schema: { tags, summary: 'One person by id, work email or alias, with every engagement', params: personParams, response: { 200: personDetail } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return view(ctx, await loadPerson(ctx, request.params.id));
    });

    app.post('/people', { config: manage, schema: { tags, summary: 'Add someone new with their first engagement', body: addPersonBody, response: { 201: personDetail } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      return reply.code(201).send(await view(ctx, await addPerson(ctx, request.body)));
    });

    app.patch('/people/:id', { config: manage, schema: { tags, summary: "Change someone's details or current engagement; the change is recorded before and after", params: personParams, body: updatePersonBody, response: { 200: personDetail } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return view(ctx, await updatePerson(ctx, request.params.id, request.body));
    });

    app.post('/people/:id/engagements', { config: manage, schema: { tags, summary: 'Bring back someone who left: a new engagement, onboarded from zero', params: personParams, body: rehireBody, response: { 201: personDetail } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      return reply.code(201).send(await view(ctx, await rehirePerson(ctx, request.params.id, request.body)));
    });

    app.post('/people/import/preview', { bodyLimit, config: manage, schema: { tags, summary: 'What importing an HR export would do, person by person; writes nothing', body: importBody, response: { 200: importPreview } } }, async (request) =>
      previewPeopleImport(requestContext(workspace, request), request.body),
    );

    app.post('/people/import', { bodyLimit, config: manage, schema: { tags, summary: 'Import the HR export that was previewed, named by its SHA-256, in one transaction', body: applyImportBody, response: { 200: importPreview } } }, async (request) =>
      importPeople(requestContext(workspace, request), request.body),
    );
  };
}
