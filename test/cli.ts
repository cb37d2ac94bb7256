/** Runs the groundwork command in a child process for CLI tests. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { promisify } from 'node:util';
import type { Engine } from '../src/db/open-database.ts';
import { buildApp } from '../src/http/app.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { createTestSite } from './engines.ts';
import { tokenHeaders } from './identity.ts';

const main = path.resolve(import.meta.dirname, '../src/cli/main.ts');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `groundwork <args>` without blocking this process, which may be serving the API the
 * command calls. Database and remote settings come only from `env`, never from the caller's shell.
 */
export async function groundworkAsync(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [main, ...args], { env: { ...process.env, DATABASE_URL: '', GROUNDWORK_URL: '', GROUNDWORK_TOKEN: '', ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * A Groundwork server listening on loopback for the CLI to call, and the environment that points
 * the CLI at it with a token. The CLI's own data directory is empty: nothing may come from a local database.
 */
export async function serverForCli(t: TestContext, engine: Engine): Promise<{ workspace: Workspace; dataDir: string; remote(token: string): NodeJS.ProcessEnv }> {
  const site = await createTestSite(engine);
  const workspace = await site.open();
  const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
  t.after(async () => {
    await app.close();
    await workspace.close();
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { workspace, dataDir: site.config.dataDir, remote: (token) => ({ GROUNDWORK_URL: url, GROUNDWORK_TOKEN: token, GROUNDWORK_DATA_DIR: path.join(site.config.dataDir, 'unused') }) };
}

/** The secret of a new API token for a user of `role`, for GROUNDWORK_TOKEN. */
export async function tokenSecret(...args: Parameters<typeof tokenHeaders>): Promise<string> {
  return (await tokenHeaders(...args)).authorization.replace('Bearer ', '');
}
