import os from 'node:os';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Actor } from '../context.ts';

export interface CommandIo {
  args: string[];
  /** This command's own options, as parsed. */
  options: Record<string, string | boolean | undefined>;
  json: boolean;
  flags: { force: boolean };
  out(text: string): void;
  /** Prints `value` as JSON in --json mode, else `human()`. */
  emit(value: unknown, human: () => string): void;
}

export interface Command {
  usage: string;
  options?: ParseArgsOptionsConfig;
  /** Also talks to a remote server when GROUNDWORK_URL and GROUNDWORK_TOKEN are set. */
  remote?: boolean;
  /** Resolves to the exit code: 0 ok, 1 a finding or failure. */
  run(io: CommandIo): Promise<number>;
}

/** The CLI acts as the operating-system user who runs it. */
export function cliActor(): Actor {
  return { type: 'cli', id: `${os.userInfo().username}@${os.hostname()}` };
}
