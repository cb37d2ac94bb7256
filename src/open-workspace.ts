import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import type { Actor, Context, EvidenceSettings } from './context.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openStore, type Store } from './db/open-database.ts';
import { AppError } from './errors.ts';
import { loadSigningKey } from './evidence/signing-key.ts';

/** An open Groundwork: its database, its evidence settings, and contexts for use cases. */
export interface Workspace {
  store: Store;
  config: Config;
  evidence: EvidenceSettings;
  /** A use-case context acting as `actor`; the clock is the workspace's unless given. */
  context(actor: Actor, now?: () => Date): Context;
  close(): Promise<void>;
}

/** Opens the data directory and the database, and applies pending migrations unless told not to. */
export async function openWorkspace(config: Config, options: { migrate?: boolean; now?: () => Date } = {}): Promise<Workspace> {
  prepareDataDir(config.dataDir);
  const signingKey = loadSigningKey({ configured: config.signingKey, dataDir: config.dataDir });
  const store = await openStore(config);
  try {
    if (options.migrate ?? true) await migrateToLatest(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  const evidence: EvidenceSettings = {
    signingKey,
    attachmentsDir: path.join(config.dataDir, 'attachments'),
    checkpointEvery: config.checkpointEvery,
    maxAttachmentBytes: config.maxAttachmentBytes,
  };
  return {
    store,
    config,
    evidence,
    context: (actor, now = options.now ?? (() => new Date())) => ({ db: store.db, actor, now, evidence, readSnapshot: store.readSnapshot }),
    close: () => store.close(),
  };
}

function prepareDataDir(dir: string): void {
  try {
    mkdirSync(path.join(dir, 'attachments'), { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('config', `GROUNDWORK_DATA_DIR ${dir} is not a writable directory (${reason})`, 'GROUNDWORK_DATA_DIR');
  }
}
