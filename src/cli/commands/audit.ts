import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type RequestStatus, requestStatuses } from '../../audits/audit-request.ts';
import type { EvidenceLink } from '../../audits/link-evidence.ts';
import { MAX_REQUEST_FILE_BYTES, type RequestFile, sha256Of } from '../../audits/read-request-csv.ts';
import { isRequestField, type RequestField, requestFields } from '../../audits/request-columns.ts';
import { type DateFormat, dateFormats } from '../../csv/written-date.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { populationKinds } from '../../exports/population-kinds.ts';
import type { Command, CommandIo } from '../command.ts';
import { readCsvFile } from '../read-csv-file.ts';
import { optionsFor } from '../options.ts';
import { runAction } from '../remote.ts';
import { importText, requestListText, requestText, windowText } from './audit-output.ts';
import { type AuditTarget, localTarget, remoteTarget } from './audit-targets.ts';

const USAGE = `groundwork audit <action> [options] [--json]
  window                                         the audit window (the observation period) and the audit firm
  window --from DATE --to DATE [--firm NAME]     set it; --firm '' clears the firm
  requests [list] [--status S]                   the auditor's requests (S: ${requestStatuses.join(', ')})
  requests show REQUEST                          one request and the evidence linked to it, by link number
  requests import FILE [--column FIELD=HEADER]… [--date-format F] [--preview]
                                                 import the auditor's request list (CSV); again to update it: new
                                                 requests are added, the others updated, every answer kept.
                                                 FIELD: ${requestFields.join(', ')}; --column control= : no control column
  answer REQUEST --population KIND [--from DATE --to DATE]    a population (without dates: the audit window)
  answer REQUEST --attachment SHA256 | --file PATH | --package SEQ | --note TEXT
                                                 a stored attachment, a new file, an auditor package (its event), a note
  unlink REQUEST LINK                            take link number LINK off the request (it stays, marked removed)
Populations: ${populationKinds.join(', ')}. Dates are YYYY-MM-DD.
With GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user; an auditor's reads are recorded.`;
const { usageError, option } = optionsFor(USAGE);

function requestId(io: CommandIo, at: number, what: string): string {
  const id = io.args[at];
  if (!id) throw usageError(`name the request: groundwork audit ${what} (its id, from groundwork audit requests)`, 'REQUEST');
  return id;
}

function columns(io: CommandIo): RequestFile['columns'] {
  const given = (io.options.column as unknown as string[] | undefined) ?? [];
  const mapping: Partial<Record<RequestField, string | null>> = {};
  for (const pair of given) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at);
    if (at <= 0 || !isRequestField(field)) throw usageError(`--column is FIELD=HEADER with FIELD one of ${requestFields.join(', ')}, as in id=PBC#; not "${pair}"`, '--column');
    mapping[field] = pair.slice(at + 1).trim() || null;
  }
  return mapping;
}

/** The list as text; a missing, oversized or non-UTF-8 file is refused before anything is sent. */
async function readListFile(io: CommandIo): Promise<RequestFile> {
  const file = io.args[2];
  if (!file) throw usageError('name the file: groundwork audit requests import FILE.csv', 'FILE');
  const dateFormat = option(io, 'date-format');
  if (dateFormat !== undefined && !(dateFormats as readonly string[]).includes(dateFormat)) throw usageError(`--date-format is one of ${dateFormats.join(', ')}, not "${dateFormat}"`, '--date-format');
  const csv = await readCsvFile(file, { maxBytes: MAX_REQUEST_FILE_BYTES, what: 'a request list', advice: 'save the request list as CSV (UTF-8)' });
  return { fileName: path.basename(file), csv, columns: columns(io), dateFormat: dateFormat as DateFormat | undefined };
}

/** The one piece of evidence `answer` links. */
async function evidenceLink(io: CommandIo): Promise<EvidenceLink> {
  const given = (['population', 'attachment', 'file', 'package', 'note'] as const).filter((name) => option(io, name) !== undefined);
  if (given.length !== 1) throw usageError(given.length === 0 ? 'say what answers it: --population KIND, --attachment SHA256, --file PATH, --package SEQ or --note TEXT' : `one answer at a time, not ${given.map((g) => `--${g}`).join(' and ')}`, '--population');
  const [kind] = given;
  const value = option(io, kind!)!;
  if (kind !== 'population' && (option(io, 'from') ?? option(io, 'to')) !== undefined) throw usageError('--from and --to give the window of a --population', '--from');
  switch (kind!) {
    case 'population':
      return { kind: 'population', population: value, from: option(io, 'from'), to: option(io, 'to') };
    case 'attachment':
      return { kind: 'attachment', sha256: value };
    case 'file': {
      let bytes: Buffer;
      try {
        bytes = await readFile(value);
      } catch (error) {
        throw invalidInput(`cannot read ${value}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`, '--file');
      }
      return { kind: 'attachment', file: { name: path.basename(value), bytes } };
    }
    case 'package':
      if (!/^\d+$/.test(value) || Number(value) < 1) throw usageError(`--package is the seq of the package's evidence event, a number; not "${value}"`, '--package');
      return { kind: 'package', seq: Number(value) };
    case 'note':
      return { kind: 'note', text: value };
  }
}

type Action = (io: CommandIo, target: AuditTarget) => Promise<number>;

const requestActions: Record<string, Action> = {
  async list(io, target) {
    const status = option(io, 'status');
    if (status !== undefined && !(requestStatuses as readonly string[]).includes(status)) throw usageError(`--status is one of ${requestStatuses.join(', ')}, not "${status}"`, '--status');
    const list = await target.list(status as RequestStatus | undefined);
    io.emit(list, () => requestListText(list));
    return 0;
  },
  async show(io, target) {
    const request = await target.show(requestId(io, 2, 'requests show REQUEST'));
    io.emit(request, () => requestText(request));
    return 0;
  },
  async import(io, target) {
    const file = await readListFile(io);
    const preview = io.options.preview === true;
    const result = preview ? await target.preview(file) : await target.import({ ...file, sha256: sha256Of(file.csv) });
    io.emit({ ...result, applied: !preview }, () => importText(result, !preview));
    return 0;
  },
};

const actions: Record<string, Action> = {
  async window(io, target) {
    const from = option(io, 'from');
    const to = option(io, 'to');
    const firm = option(io, 'firm');
    if (from === undefined && to === undefined && firm === undefined) {
      const window = await target.window();
      io.emit({ window }, () => windowText(window));
      return 0;
    }
    if (!from || !to) throw usageError('set the window with both --from and --to', from ? '--to' : '--from');
    const window = await target.setWindow({ from, to, firm });
    io.emit({ window }, () => windowText(window));
    return 0;
  },
  async requests(io, target) {
    const name = io.args[1] ?? 'list';
    const action = Object.hasOwn(requestActions, name) ? requestActions[name] : undefined;
    if (!action) throw usageError(`unknown action "requests ${name}": list, show or import`, 'action');
    return action(io, target);
  },
  async answer(io, target) {
    const id = requestId(io, 1, 'answer REQUEST …');
    const request = await target.link(id, await evidenceLink(io));
    io.emit(request, () => `${request.id}: linked as link ${request.links.at(-1)!.number}; the request is ${request.status}\n\n${requestText(request)}`);
    return 0;
  },
  async unlink(io, target) {
    const id = requestId(io, 1, 'unlink REQUEST LINK');
    const number = io.args[2];
    if (!number || !/^\d+$/.test(number)) throw usageError('name the link by its number: groundwork audit unlink REQUEST LINK (from groundwork audit requests show REQUEST)', 'LINK');
    const request = await target.unlink(id, Number(number));
    io.emit(request, () => `link ${number} taken off ${request.id}, which is ${request.status}\n\n${requestText(request)}`);
    return 0;
  },
};

export const audit: Command = {
  usage: USAGE,
  remote: true,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    firm: { type: 'string' },
    status: { type: 'string' },
    column: { type: 'string', multiple: true },
    'date-format': { type: 'string' },
    preview: { type: 'boolean' },
    population: { type: 'string' },
    attachment: { type: 'string' },
    file: { type: 'string' },
    package: { type: 'string' },
    note: { type: 'string' },
  },
  async run(io) {
    return runAction(io, actions, { remote: remoteTarget, local: localTarget, usageError });
  },
};
