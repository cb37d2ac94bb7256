#!/usr/bin/env -S node --max-semi-space-size=16
import { parseArgs } from 'node:util';
import { AppError } from '../errors.ts';
import type { Command, CommandIo } from './command.ts';

/** Each command loads only what it needs: `verify` should not wait for the web server's modules. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'run the Groundwork server and web UI', load: async () => (await import('./commands/serve.ts')).serve },
  migrate: { summary: 'apply pending database migrations', load: async () => (await import('./commands/migrate.ts')).migrate },
  verify: { summary: 'check the evidence log for edited, deleted, inserted or reordered events', load: async () => (await import('./commands/verify.ts')).verify },
  checkpoint: { summary: 'sign the current end of the evidence log now', load: async () => (await import('./commands/checkpoint.ts')).checkpoint },
  demo: { summary: 'fill an empty workspace with a sample company’s last two quarters', load: async () => (await import('./commands/demo.ts')).demo },
  backup: { summary: 'write a consistent copy of the SQLite database to a file', load: async () => (await import('./commands/backup.ts')).backup },
  user: { summary: 'list, invite and change Groundwork users (add, list, role, deactivate, reset-mfa, invite)', load: async () => (await import('./commands/user.ts')).user },
  policy: { summary: 'adopt, edit, approve, publish, review and retire policies, and track acknowledgements (templates, list, show, adopt, edit, submit, approve, publish, review, retire, diff, export, acks, ack-link, ack)', load: async () => (await import('./commands/policy.ts')).policy },
  people: { summary: 'the people directory, and importing it from an HR export (list, show, add, update, rehire, import)', load: async () => (await import('./commands/people.ts')).people },
  onboard: { summary: 'start a person’s onboarding checklist', load: async () => (await import('./commands/onboard.ts')).onboard },
  offboard: { summary: 'start an offboarding (--involuntary, --rif FILE for a reduction in force)', load: async () => (await import('./commands/offboard.ts')).offboard },
  checklist: { summary: 'show an onboarding or offboarding checklist, and complete its items (show, done)', load: async () => (await import('./commands/checklist.ts')).checklist },
  system: { summary: 'the systems inventory (list, show, add, update, retire)', load: async () => (await import('./commands/system.ts')).system },
  systems: { summary: 'the same as system', load: async () => (await import('./commands/system.ts')).system },
  accounts: { summary: 'the accounts of each system, imported from its export or pulled by a connector, and their flags (import, list, formats, map, snapshots, settings, connect, disconnect, pull)', load: async () => (await import('./commands/accounts.ts')).accounts },
  review: { summary: 'quarterly access reviews: decide every account of each system, remediate, sign off (start, list, status, items, decide, except, sign-off, close, report)', load: async () => (await import('./commands/review.ts')).review },
  asset: { summary: 'laptops, hardware tokens and badges, and who has them (list, show, add, assign, return)', load: async () => (await import('./commands/asset.ts')).asset },
  audit: { summary: 'the audit window and the auditor’s request list: import it, answer each request with evidence (window, requests, answer, unlink)', load: async () => (await import('./commands/audit.ts')).audit },
  export: { summary: 'the auditor package of a window as one ZIP: control matrix, populations, policies, the log’s slice and its verifier (--from DATE --to DATE --out FILE.zip)', load: async () => (await import('./commands/export.ts')).exportPackage },
  readiness: { summary: 'are we ready: Type 1 at a date, Type 2 over a window, the gaps in order, and evidence for the manual controls (history, attach, except)', load: async () => (await import('./commands/readiness.ts')).readiness },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    'Groundwork: SOC 2 readiness workspace',
    '',
    'usage: groundwork <command> [options] [--json]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json. Exit codes: 0 ok, 1 a finding or failure, 2 usage.',
    'Settings come from the environment: PORT, HOST, GROUNDWORK_DATA_DIR, DATABASE_URL.',
    'verify, checkpoint, user, policy, people, system(s), accounts, review, asset, export and audit talk to a remote server instead when GROUNDWORK_URL and GROUNDWORK_TOKEN are set.',
  ].join('\n');
}

const globalOptions = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' } } as const;

async function main(argv: string[]): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const entry = name ? commands[name] : undefined;
  if (!entry) {
    if (argv.includes('--help') || argv.includes('-h') || !name) {
      process.stdout.write(`${help()}\n`);
      return 0;
    }
    process.stderr.write(`unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  const command = await entry.load();
  let parsed;
  try {
    parsed = parseArgs({ args: argv.filter((arg) => arg !== name), allowPositionals: true, strict: true, options: { ...globalOptions, ...command.options } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\nusage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`usage: ${command.usage}\n${entry.summary}\n`);
    return 0;
  }
  const json = Boolean(parsed.values.json);
  const io: CommandIo = {
    args: parsed.positionals,
    options: parsed.values as CommandIo['options'],
    json,
    flags: { force: Boolean(parsed.values.force) },
    out: (text) => process.stdout.write(`${text}\n`),
    emit: (value, human) => process.stdout.write(`${json ? JSON.stringify(value) : human()}\n`),
  };
  try {
    if (!command.remote && process.env.GROUNDWORK_URL) {
      throw new AppError('config', `groundwork ${name} works on this machine's database only; unset GROUNDWORK_URL`, 'GROUNDWORK_URL');
    }
    return await command.run(io);
  } catch (error) {
    return reportError(error, json);
  }
}

/** The one place errors become exit codes: 2 for usage, 1 for everything else. */
function reportError(error: unknown, json: boolean): number {
  const known = error instanceof AppError;
  const code = known ? error.code : 'internal';
  const message = known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (json) process.stdout.write(`${JSON.stringify({ error: { code, message, where: known ? error.where : undefined } })}\n`);
  else process.stderr.write(`groundwork: ${message}\n`);
  return known && code === 'invalid_input' ? 2 : 1;
}

process.exitCode = await main(process.argv.slice(2));
