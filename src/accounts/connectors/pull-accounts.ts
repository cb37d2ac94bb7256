import type { KeyObject } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { GROUNDWORK_SYSTEM_ID } from '../../systems/groundwork-system.ts';
import { loadSystem } from '../../systems/system.ts';
import { importGroundworkUsers } from '../groundwork-accounts.ts';
import { importAccounts } from '../import-accounts.ts';
import type { AccountSnapshot } from '../snapshot.ts';
import { fileSource } from '../source-file.ts';
import { defaultPatience, type Patience, type Sleep } from './api-request.ts';
import { type Connector, loadConnector } from './connector.ts';
import { downloadGithubOrg } from './github-api.ts';
import { downloadGoogleUsers } from './google-directory-api.ts';
import { serviceAccountKey } from './google-service-account.ts';
import { openSecret } from './secret-key.ts';

export interface PullAccountsInput {
  systemId: string;
  /** Called as accounts are stored, with the number so far. */
  onProgress?: (accounts: number) => void;
  /** How to wait out rate limits and retries; tests give one that returns at once. */
  sleep?: Sleep;
}

/**
 * Pulls a system's accounts through its connector's API (Groundwork's own, from its users): the pages are downloaded to a temporary
 * directory, then imported as files of the matching format, so the snapshot keeps the SHA-256 of
 * every page and memory holds one page at a time. The directory is removed whatever happens; a
 * failed download changes nothing and says which request failed.
 */
export async function pullAccounts(ctx: Context, secretKey: KeyObject, input: PullAccountsInput): Promise<AccountSnapshot> {
  const system = await loadSystem(ctx, input.systemId);
  if (system.retiredAt) throw new AppError('conflict', `${system.name} was retired on ${system.retiredAt.slice(0, 10)}; its accounts are no longer reviewed`, 'id');
  // Groundwork's own accounts are its users: read from its tables, no API in between.
  if (system.id === GROUNDWORK_SYSTEM_ID) return importGroundworkUsers(ctx);
  const { connector, sealedCredential } = await loadConnector(ctx, system.id);
  const credential = openSecret(secretKey, sealedCredential, system.id, `the connector credential of ${system.id}`);
  const patience = { ...defaultPatience, ...(input.sleep ? { sleep: input.sleep } : {}) };
  const asOf = ctx.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'groundwork-pull-'));
  try {
    const files = await download(connector, credential, dir, patience);
    return await importAccounts(ctx, {
      systemId: system.id,
      files: files.map((file) => fileSource(file)),
      format: connector.kind === 'github' ? 'github-org' : 'google-workspace',
      asOf,
      via: connector.kind === 'github' ? 'GitHub API' : 'Google Directory API',
      onProgress: input.onProgress,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function download(connector: Connector, credential: string, dir: string, patience: Patience): Promise<string[]> {
  if (connector.kind === 'github') return downloadGithubOrg({ ...connector.settings, token: credential, dir, patience });
  return downloadGoogleUsers({ ...connector.settings, serviceAccount: serviceAccountKey(credential), dir, patience });
}
