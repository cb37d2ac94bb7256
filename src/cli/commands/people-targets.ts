import { loadConfig } from '../../config.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { addPerson, rehirePerson } from '../../people/add-person.ts';
import { importPeople, previewPeopleImport } from '../../people/import-people.ts';
import type { PersonInput } from '../../people/person-input.ts';
import { listPeople, loadPerson, type EngagementStatus } from '../../people/person.ts';
import { type PersonView, personViews } from '../../people/person-view.ts';
import type { ImportPreview } from '../../people/plan-people-import.ts';
import type { HrFile } from '../../people/read-hr-csv.ts';
import { updatePerson } from '../../people/update-person.ts';
import { cliActor } from '../command.ts';
import { remoteCall, type RemoteServer } from '../remote.ts';

export type RehireInput = Omit<PersonInput, 'name' | 'email'> & { name?: string };
/** A person as lists show them: the current engagement only. */
export type PersonSummary = Omit<PersonView, 'engagements'>;

/** Where `groundwork people` acts: this machine's database through the domain, or a server through its API. */
export interface PeopleTarget {
  list(status: EngagementStatus | undefined): Promise<PersonSummary[]>;
  show(person: string): Promise<PersonView>;
  add(input: PersonInput): Promise<PersonView>;
  update(person: string, changes: Partial<PersonInput>): Promise<PersonView>;
  rehire(person: string, input: RehireInput): Promise<PersonView>;
  preview(file: HrFile): Promise<ImportPreview>;
  apply(file: HrFile & { sha256: string }): Promise<ImportPreview>;
  close(): Promise<void>;
}

export async function localTarget(): Promise<PeopleTarget> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  const view = async (person: Parameters<typeof personViews>[1][number]) => (await personViews(ctx, [person]))[0]!;
  return {
    list: async (status) => (await personViews(ctx, (await listPeople(ctx)).filter((p) => !status || p.current.status === status))).map(({ engagements: _, ...summary }) => summary),
    show: async (person) => view(await loadPerson(ctx, person)),
    add: async (input) => view(await addPerson(ctx, input)),
    update: async (person, changes) => view(await updatePerson(ctx, person, changes)),
    rehire: async (person, input) => view(await rehirePerson(ctx, person, input)),
    preview: (file) => previewPeopleImport(ctx, file),
    apply: (file) => importPeople(ctx, file),
    close: () => workspace.close(),
  };
}

export function remoteTarget(server: RemoteServer): PeopleTarget {
  const call = <T>(method: string, path: string, body?: object) => remoteCall<T>(server, method, `/api${path}`, body);
  const person = (idOrEmail: string) => `/people/${encodeURIComponent(idOrEmail)}`;
  return {
    list: async (status) => (await call<{ people: PersonSummary[] }>('GET', `/people${status ? `?status=${status}` : ''}`)).people,
    show: (idOrEmail) => call('GET', person(idOrEmail)),
    add: (input) => call('POST', '/people', input),
    update: (idOrEmail, changes) => call('PATCH', person(idOrEmail), changes),
    rehire: (idOrEmail, input) => call('POST', `${person(idOrEmail)}/engagements`, input),
    preview: (file) => call('POST', '/people/import/preview', file),
    apply: (file) => call('POST', '/people/import', file),
    close: async () => {},
  };
}
