import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { accountFormats } from '../../accounts/account-formats.ts';
import { accountInForce } from '../../accounts/account-in-force.ts';
import type { AccountFlagId, FlagSettings } from '../../accounts/account-flags.ts';
import { accountsCsv } from '../../accounts/accounts-csv.ts';
import type { Connector } from '../../accounts/connectors/connector.ts';
import type { ConnectorInput } from '../../accounts/connectors/connector-settings.ts';
import { pullAccounts } from '../../accounts/connectors/pull-accounts.ts';
import { loadSecretKey } from '../../accounts/connectors/secret-key.ts';
import { removeConnector, setConnector } from '../../accounts/connectors/set-connector.ts';
import { loadFlagSettings, updateFlagSettings } from '../../accounts/flag-settings.ts';
import { type PlainCsvColumn, plainCsvColumns } from '../../accounts/formats/plain-csv-columns.ts';
import { importAccounts } from '../../accounts/import-accounts.ts';
import { type Account, accountBatches, type AccountList, listAccounts } from '../../accounts/list-accounts.ts';
import { mapAccount } from '../../accounts/map-account.ts';
import { type AccountSnapshot, listSnapshots } from '../../accounts/snapshot.ts';
import { fileSource } from '../../accounts/source-file.ts';
import { loadConfig } from '../../config.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor } from '../command.ts';
import { remoteCall, remoteDownload, type RemoteServer, remoteUpload } from '../remote.ts';

export interface AccountFilter {
  systemId: string;
  snapshotId?: string;
  flags?: AccountFlagId[];
  search?: string;
  limit?: number;
}

export interface ImportFiles {
  systemId: string;
  /** Paths of files that exist, with their sizes. */
  files: { path: string; bytes: number }[];
  format?: string;
  asOf?: Date;
}

export interface FormatList {
  formats: { id: string; label: string; files: string }[];
  plainCsvColumns: PlainCsvColumn[];
}

/**
 * Where `groundwork accounts` acts: this machine's database through the domain, or a server
 * through its API. Progress callbacks hear accounts stored (locally) or bytes sent (remotely).
 */
export interface AccountsTarget {
  import(input: ImportFiles, progress: (text: string) => void): Promise<AccountSnapshot>;
  list(filter: AccountFilter): Promise<AccountList>;
  csv(filter: AccountFilter): Promise<string>;
  formats(): Promise<FormatList>;
  map(systemId: string, externalId: string, person: string | null): Promise<Account>;
  snapshots(systemId: string): Promise<AccountSnapshot[]>;
  settings(changes: Partial<FlagSettings> | undefined): Promise<FlagSettings>;
  connect(input: ConnectorInput): Promise<Connector>;
  disconnect(systemId: string): Promise<void>;
  pull(systemId: string, progress: (text: string) => void): Promise<AccountSnapshot>;
  close(): Promise<void>;
}

const formatList = (): FormatList => ({ formats: accountFormats.map(({ id, label, files }) => ({ id, label, files })), plainCsvColumns });
const accountsSoFar = (progress: (text: string) => void) => (accounts: number) => progress(`${accounts.toLocaleString('en')} accounts so far`);

export async function localTarget(): Promise<AccountsTarget> {
  const config = loadConfig();
  const workspace = await openWorkspace(config);
  const ctx = workspace.context(cliActor());
  const secretKey = () => loadSecretKey({ configured: config.secretKey, dataDir: config.dataDir });
  const list = (filter: AccountFilter) => listAccounts(ctx, filter);
  return {
    import: (input, progress) =>
      importAccounts(ctx, { systemId: input.systemId, files: input.files.map((file) => fileSource(file.path)), format: input.format, asOf: input.asOf, onProgress: accountsSoFar(progress) }),
    list,
    csv: async (filter) => {
      let csv = '';
      for await (const chunk of accountsCsv((await accountBatches(ctx, filter)).batches)) csv += chunk;
      return csv;
    },
    formats: async () => formatList(),
    map: async (systemId, externalId, person) => {
      await mapAccount(ctx, { systemId, externalId, person });
      return accountInForce(ctx, systemId, externalId);
    },
    snapshots: (systemId) => listSnapshots(ctx, systemId),
    settings: (changes) => (changes ? updateFlagSettings(ctx, changes) : loadFlagSettings(ctx)),
    connect: (input) => setConnector(ctx, secretKey(), input),
    disconnect: (systemId) => removeConnector(ctx, systemId),
    pull: (systemId, progress) => pullAccounts(ctx, secretKey(), { systemId, onProgress: accountsSoFar(progress) }),
    close: () => workspace.close(),
  };
}

export function remoteTarget(server: RemoteServer): AccountsTarget {
  const call = <T>(method: string, at: string, body?: object) => remoteCall<T>(server, method, `/api${at}`, body);
  const system = (id: string) => `/systems/${encodeURIComponent(id)}`;
  const query = (filter: AccountFilter) => {
    const params = new URLSearchParams();
    for (const flag of filter.flags ?? []) params.append('flag', flag);
    if (filter.search) params.set('search', filter.search);
    if (filter.snapshotId) params.set('snapshot', filter.snapshotId);
    if (filter.limit !== undefined) params.set('limit', String(filter.limit));
    return params.size > 0 ? `?${params}` : '';
  };
  return {
    import: (input, progress) => {
      const params = new URLSearchParams();
      for (const file of input.files) params.append('file', path.basename(file.path));
      for (const file of input.files) params.append('bytes', String(file.bytes));
      if (input.format) params.set('format', input.format);
      if (input.asOf) params.set('asOf', input.asOf.toISOString());
      return remoteUpload(server, `/api${system(input.systemId)}/accounts/import?${params}`, uploaded(input.files, progress));
    },
    list: (filter) => call('GET', `${system(filter.systemId)}/accounts${query(filter)}`),
    csv: async (filter) => {
      const chunks: Buffer[] = [];
      await remoteDownload(server, `/api${system(filter.systemId)}/accounts.csv${query({ ...filter, limit: undefined })}`, new Writable({ write: (chunk, _encoding, done) => (chunks.push(chunk), done()) }));
      return Buffer.concat(chunks).toString('utf8');
    },
    formats: () => call('GET', '/account-formats'),
    map: (systemId, externalId, person) => call('PUT', `${system(systemId)}/accounts/${encodeURIComponent(externalId)}/mapping`, { person }),
    snapshots: async (systemId) => (await call<{ snapshots: AccountSnapshot[] }>('GET', `${system(systemId)}/snapshots`)).snapshots,
    settings: (changes) => (changes ? call('PATCH', '/access-review-settings', changes) : call('GET', '/access-review-settings')),
    connect: ({ systemId, ...body }) => call('PUT', `${system(systemId)}/connector`, body),
    disconnect: (systemId) => call('DELETE', `${system(systemId)}/connector`),
    pull: (systemId, progress) => {
      progress('pulling through the connector on the server');
      return call('POST', `${system(systemId)}/pull`);
    },
    close: async () => {},
  };
}

/** The files one after another, as the import route reads them, telling how much was sent. */
async function* uploaded(files: ImportFiles['files'], progress: (text: string) => void): AsyncIterable<Uint8Array> {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
  let sent = 0;
  for (const file of files) {
    for await (const chunk of createReadStream(file.path)) {
      sent += (chunk as Buffer).length;
      progress(`sent ${mb(sent)} of ${mb(total)} MB`);
      yield chunk as Buffer;
    }
  }
}
