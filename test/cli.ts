/** Runs the groundwork command in a child process for CLI tests. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

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
