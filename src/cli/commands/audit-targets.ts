import { loadConfig } from '../../config.ts';
import { type AuditRequestDetail, listAuditRequests, loadAuditRequest, type RequestList, type RequestStatus } from '../../audits/audit-request.ts';
import { type AuditWindow, loadAuditWindow } from '../../audits/audit-window.ts';
import { importRequests, previewRequestImport, type RequestImport } from '../../audits/import-requests.ts';
import { type EvidenceLink, linkEvidence } from '../../audits/link-evidence.ts';
import type { RequestFile } from '../../audits/read-request-csv.ts';
import { type AuditWindowInput, setAuditWindow } from '../../audits/set-audit-window.ts';
import { unlinkEvidence } from '../../audits/unlink-evidence.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor } from '../command.ts';
import { remoteCall, type RemoteServer } from '../remote.ts';

/** Where `groundwork audit` acts: this machine's database through the domain, or a server through its API. */
export interface AuditTarget {
  window(): Promise<AuditWindow | null>;
  setWindow(input: AuditWindowInput): Promise<AuditWindow>;
  list(status: RequestStatus | undefined): Promise<RequestList>;
  show(requestId: string): Promise<AuditRequestDetail>;
  preview(file: RequestFile): Promise<RequestImport>;
  import(file: RequestFile & { sha256: string }): Promise<RequestImport>;
  link(requestId: string, link: EvidenceLink): Promise<AuditRequestDetail>;
  unlink(requestId: string, number: number): Promise<AuditRequestDetail>;
  close(): Promise<void>;
}

export async function localTarget(): Promise<AuditTarget> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  return {
    window: () => loadAuditWindow(ctx),
    setWindow: (input) => setAuditWindow(ctx, input),
    list: (status) => listAuditRequests(ctx, { status }),
    show: (requestId) => loadAuditRequest(ctx, requestId),
    preview: (file) => previewRequestImport(ctx, file),
    import: (file) => importRequests(ctx, file),
    link: (requestId, link) => linkEvidence(ctx, { requestId, ...link }),
    unlink: (requestId, number) => unlinkEvidence(ctx, { requestId, number }),
    close: () => workspace.close(),
  };
}

/** A Groundwork server through its API, as the API token's user: an auditor's reads are recorded there. */
export function remoteTarget(server: RemoteServer): AuditTarget {
  const call = <T>(method: string, path: string, body?: object) => remoteCall<T>(server, method, `/api${path}`, body);
  const request = (id: string) => `/audits/requests/${encodeURIComponent(id)}`;
  return {
    window: async () => (await call<{ window: AuditWindow | null }>('GET', '/audits/window')).window,
    setWindow: async (input) => (await call<{ window: AuditWindow }>('PUT', '/audits/window', input)).window,
    list: (status) => call('GET', `/audits/requests${status ? `?status=${status}` : ''}`),
    show: (requestId) => call('GET', request(requestId)),
    preview: (file) => call('POST', '/audits/requests/import/preview', file),
    import: (file) => call('POST', '/audits/requests/import', file),
    link: (requestId, link) =>
      call('POST', `${request(requestId)}/links`, 'file' in link ? { kind: 'file', file: { name: link.file.name, contentBase64: Buffer.from(link.file.bytes).toString('base64') } } : link),
    unlink: (requestId, number) => call('DELETE', `${request(requestId)}/links/${number}`),
    close: async () => {},
  };
}
