import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { accountFlagIds, isAccountFlagId } from '../../accounts/account-flags.ts';
import type { AccountSnapshot } from '../../accounts/snapshot.ts';
import { AppError, invalidInput } from '../../errors.ts';
import type { Command, CommandIo } from '../command.ts';
import { instantOption, optionsFor } from '../options.ts';
import { runAction } from '../remote.ts';
import { accountListText, connectorText, formatsText, importText, mappedText, settingsText, snapshotsText } from './accounts-output.ts';
import { type AccountsTarget, localTarget, remoteTarget } from './accounts-targets.ts';

const USAGE = `groundwork accounts <action> [options] [--json]
  import --system ID [--format F] [--as-of TIME] FILE…   one export of a system (several files when it
                                                 comes as several: members, admins, the 2FA list) as a new snapshot
  list --system ID [--flag FLAG]… [--search S] [--limit N] [--csv]
                                                 the accounts in force with their person and flags, and why
  formats                                        the exports import reads, and the plain CSV's columns
  map --system ID --account EXTERNAL_ID --person EMAIL|--forget
                                                 say whose an account is when its email does not
  snapshots --system ID                          every import of the system, newest (in force) first
  settings [--dormant-days N] [--credential-days N]   when an account is dormant and a credential stale
  connect --system ID --kind github --organization ORG --token-file FILE [--api-url URL]
  connect --system ID --kind google-workspace --admin-email EMAIL --key-file FILE [--customer C] [--api-url URL]
                                                 pull the system's accounts through its API; the credential is stored encrypted
  disconnect --system ID                         remove the connector: accounts arrive as files again
  pull --system ID                               pull the accounts through the connector now, as a new snapshot
Flags: ${accountFlagIds.join(', ')}.
TIME is ISO 8601 with its offset (2026-07-01T09:00:00Z), or "now" (the default).
On the server the CLI has every right; with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { usageError, option, required } = optionsFor(USAGE);

/** A line on stderr redrawn in place, at most every 100 ms, only when a person is watching. */
function liveLine(): { update(text: string): void; end(): void } {
  let drawnAt = 0;
  return {
    update(text) {
      if (!process.stderr.isTTY || Date.now() - drawnAt < 100) return;
      drawnAt = Date.now();
      process.stderr.write(`\r${text}\u001b[K`);
    },
    end: () => drawnAt > 0 && process.stderr.write('\r\u001b[K'),
  };
}

/**
 * Runs an import with its progress line. A bad file's error says where, file, line and field,
 * before what was wrong, as the message alone may not name them ("\"maybe\" is not true or false").
 */
async function importing<T>(work: (progress: (text: string) => void) => Promise<T>): Promise<T> {
  const line = liveLine();
  try {
    return await work(line.update);
  } catch (error) {
    if (error instanceof AppError && error.where?.includes(' line ') && !error.message.includes(error.where)) throw new AppError(error.code, `${error.where}: ${error.message}`, error.where);
    throw error;
  } finally {
    line.end();
  }
}

/** Each file given, with its size; a missing one, or two of the same name, are refused before anything is read or sent. */
async function sizedFiles(io: CommandIo): Promise<{ path: string; bytes: number }[]> {
  const files = io.args.slice(1);
  if (files.length === 0) throw usageError('name the files of the export to import', 'FILE');
  const names = files.map((file) => path.basename(file));
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw usageError(`two files are named ${twice}; errors and evidence name files by their names, so rename one`, twice);
  return Promise.all(
    files.map(async (file) => {
      const found = await stat(file).catch(() => undefined);
      if (!found?.isFile()) throw invalidInput(`cannot read ${file}: ${found ? 'it is not a file' : 'there is no such file'}`, path.basename(file));
      return { path: file, bytes: found.size };
    }),
  );
}

function days(io: CommandIo, name: string): number | undefined {
  const value = option(io, name)?.trim();
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usageError(`--${name} is a whole number of days, not "${value}"`, `--${name}`);
  return Number(value);
}

async function credentialFrom(io: CommandIo, name: string): Promise<string> {
  const file = required(io, name);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw invalidInput(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`, `--${name}`);
  }
}

/** A connector's settings as given on the command line, those left out taking their defaults. */
function connectorSettings(io: CommandIo, kind: string): Record<string, string> {
  const given = kind === 'github' ? { organization: required(io, 'organization'), apiUrl: option(io, 'api-url') } : { adminEmail: required(io, 'admin-email'), customer: option(io, 'customer'), apiUrl: option(io, 'api-url') };
  return Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The snapshot just made, with how many of its accounts carry each flag. */
async function summary(io: CommandIo, target: AccountsTarget, snapshot: AccountSnapshot): Promise<number> {
  const { counts } = await target.list({ systemId: snapshot.systemId, snapshotId: snapshot.id, limit: 0 });
  io.emit({ snapshot, counts }, () => importText(snapshot, counts));
  return 0;
}

const actions: Record<string, (io: CommandIo, target: AccountsTarget) => Promise<number>> = {
  async import(io, target) {
    const systemId = required(io, 'system');
    const files = await sizedFiles(io);
    const asOf = option(io, 'as-of');
    const snapshot = await importing((progress) => target.import({ systemId, files, format: option(io, 'format'), asOf: asOf === undefined ? undefined : instantOption(asOf, 'as-of') }, progress));
    return summary(io, target, snapshot);
  },
  async list(io, target) {
    const systemId = required(io, 'system');
    const flags = (io.options.flag as unknown as string[] | undefined) ?? [];
    const unknown = flags.find((flag) => !isAccountFlagId(flag));
    if (unknown !== undefined) throw usageError(`--flag is one of ${accountFlagIds.join(', ')}, not "${unknown}"`, '--flag');
    const filter = { systemId, flags: flags.filter(isAccountFlagId), search: option(io, 'search') };
    if (io.options.csv) {
      io.out((await target.csv(filter)).trimEnd());
      return 0;
    }
    const limit = option(io, 'limit') ?? '100';
    if (!/^\d+$/.test(limit) || Number(limit) > 1000) throw usageError(`--limit is a number of accounts up to 1000, not "${limit}"`, '--limit');
    const list = await target.list({ ...filter, limit: Number(limit) });
    io.emit(list, () => accountListText(list, flags.length > 0 || filter.search !== undefined));
    return 0;
  },
  async formats(io, target) {
    const list = await target.formats();
    io.emit(list, () => formatsText(list));
    return 0;
  },
  async map(io, target) {
    const person = option(io, 'person');
    if ((person === undefined) === !io.options.forget) throw usageError('say whose the account is with --person EMAIL, or --forget the mapping', '--person');
    const account = await target.map(required(io, 'system'), required(io, 'account'), person ?? null);
    io.emit(account, () => mappedText(account));
    return 0;
  },
  async snapshots(io, target) {
    const systemId = required(io, 'system');
    const snapshots = await target.snapshots(systemId);
    io.emit({ snapshots }, () => snapshotsText(systemId, snapshots));
    return 0;
  },
  async settings(io, target) {
    const changes = { dormantAfterDays: days(io, 'dormant-days'), credentialMaxAgeDays: days(io, 'credential-days') };
    const changing = Object.values(changes).some((value) => value !== undefined);
    const settings = await target.settings(changing ? Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) : undefined);
    io.emit(settings, () => settingsText(settings));
    return 0;
  },
  async connect(io, target) {
    const systemId = required(io, 'system');
    const kind = required(io, 'kind');
    if (kind !== 'github' && kind !== 'google-workspace') throw usageError(`--kind is github or google-workspace, not "${kind}"`, '--kind');
    const settings = connectorSettings(io, kind);
    const credential = await credentialFrom(io, kind === 'github' ? 'token-file' : 'key-file');
    const connector = await target.connect({ systemId, kind, settings, credential });
    io.emit(connector, () => `${connectorText(connector)}\npull its accounts with: groundwork accounts pull --system ${systemId}`);
    return 0;
  },
  async disconnect(io, target) {
    const systemId = required(io, 'system');
    await target.disconnect(systemId);
    io.emit({ systemId, accountsFrom: 'import' }, () => `${systemId}: connector and credential removed; its accounts arrive as file imports again`);
    return 0;
  },
  async pull(io, target) {
    const systemId = required(io, 'system');
    return summary(io, target, await importing((progress) => target.pull(systemId, progress)));
  },
};

export const accounts: Command = {
  usage: USAGE,
  remote: true,
  options: {
    system: { type: 'string' },
    format: { type: 'string' },
    'as-of': { type: 'string' },
    flag: { type: 'string', multiple: true },
    search: { type: 'string' },
    limit: { type: 'string' },
    csv: { type: 'boolean' },
    account: { type: 'string' },
    person: { type: 'string' },
    forget: { type: 'boolean' },
    'dormant-days': { type: 'string' },
    'credential-days': { type: 'string' },
    kind: { type: 'string' },
    organization: { type: 'string' },
    'admin-email': { type: 'string' },
    customer: { type: 'string' },
    'api-url': { type: 'string' },
    'token-file': { type: 'string' },
    'key-file': { type: 'string' },
  },
  async run(io) {
    return runAction(io, actions, { remote: remoteTarget, local: localTarget, usageError });
  },
};
