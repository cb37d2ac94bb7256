import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../../config.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { type Checklist, loadChecklists, type OffboardingReason } from '../../people/checklist.ts';
import { completeItem } from '../../people/complete-item.ts';
import { type PeopleReport, peopleReport, type ReportScope } from '../../people/people-report.ts';
import { peopleReportCsv, peopleReportPdf } from '../../people/people-report-files.ts';
import { loadPerson } from '../../people/person.ts';
import { offboardMany, startOffboarding } from '../../people/start-offboarding.ts';
import { startOnboarding } from '../../people/start-onboarding.ts';
import { getWorkspace } from '../../workspace/get-workspace.ts';
import { cliActor } from '../command.ts';
import { remoteCall, remoteDownload, type RemoteServer } from '../remote.ts';

export interface ItemCompletion {
  outcome?: string;
  forwardUntil?: string;
  link?: string;
  file?: { name: string; bytes: Uint8Array };
  note?: string;
  effectiveAt?: string;
}

/** Where onboarding, offboarding and their reports act: this machine's database, or a server's API. */
export interface ChecklistTarget {
  checklists(person: string): Promise<Checklist[]>;
  onboard(person: string, systems: { system: string; role?: string }[] | undefined): Promise<Checklist>;
  offboard(person: string, input: { terminatesAt: string; reason: Exclude<OffboardingReason, 'reduction-in-force'>; conversationAt?: string }): Promise<Checklist>;
  reductionInForce(people: string[], terminatesAt: string, conversationAt: string | undefined): Promise<{ batchId: string; checklists: Checklist[] }>;
  complete(checklistId: string, key: string, input: ItemCompletion): Promise<Checklist>;
  report(scope: ReportScope): Promise<PeopleReport>;
  reportFile(scope: ReportScope, format: 'csv' | 'pdf', out: Writable): Promise<void>;
  close(): Promise<void>;
}

const date = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

export async function localChecklistTarget(): Promise<ChecklistTarget> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  return {
    checklists: async (person) => loadChecklists(ctx, { engagementIds: (await loadPerson(ctx, person)).engagements.map((e) => e.id) }),
    onboard: (person, systems) => startOnboarding(ctx, { person, systems }),
    offboard: (person, input) => startOffboarding(ctx, { person, reason: input.reason, terminatesAt: new Date(input.terminatesAt), conversationAt: date(input.conversationAt) }),
    reductionInForce: (people, terminatesAt, conversationAt) => offboardMany(ctx, { people, terminatesAt: new Date(terminatesAt), conversationAt: date(conversationAt) }),
    complete: (checklistId, key, input) => completeItem(ctx, { checklistId, key, ...input, effectiveAt: date(input.effectiveAt) }),
    report: (scope) => peopleReport(ctx, scope),
    reportFile: async (scope, format, out) => {
      const report = await peopleReport(ctx, scope);
      if (format === 'csv') out.end(peopleReportCsv(report));
      else await pipeline(peopleReportPdf(report, (await getWorkspace(ctx)).name), out);
    },
    close: () => workspace.close(),
  };
}

export function remoteChecklistTarget(server: RemoteServer): ChecklistTarget {
  const call = <T>(method: string, path: string, body?: object) => remoteCall<T>(server, method, `/api${path}`, body);
  const person = (id: string) => `/people/${encodeURIComponent(id)}`;
  const query = (scope: ReportScope) => ('last' in scope ? `last=${scope.last}` : `from=${scope.from}&to=${scope.to}`);
  return {
    checklists: async (id) => (await call<{ checklists: Checklist[] }>('GET', `${person(id)}/checklists`)).checklists,
    onboard: (id, systems) => call('POST', `${person(id)}/onboarding`, systems ? { systems } : {}),
    offboard: (id, input) => call('POST', `${person(id)}/offboarding`, input),
    reductionInForce: (people, terminatesAt, conversationAt) => call('POST', '/people/reduction-in-force', { people, terminatesAt, conversationAt }),
    complete: (checklistId, key, { file, ...input }) =>
      call('POST', `/checklists/${encodeURIComponent(checklistId)}/items/${encodeURIComponent(key)}`, { ...input, file: file && { name: file.name, contentBase64: Buffer.from(file.bytes).toString('base64') } }),
    report: (scope) => call('GET', `/people/report?${query(scope)}`),
    reportFile: (scope, format, out) => remoteDownload(server, `/api/people/report.${format}?${query(scope)}`, out),
    close: async () => {},
  };
}
