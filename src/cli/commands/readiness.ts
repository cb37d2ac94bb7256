import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { attachControlEvidence, recordControlException } from '../../readiness/control-records.ts';
import { withControlViews } from '../../readiness/control-view.ts';
import { readinessHistory, readinessType1, readinessType2 } from '../../readiness/readiness.ts';
import { cliActor, type Command, type CommandIo } from '../command.ts';
import { instantOption, optionsFor } from '../options.ts';
import { remoteCall, type RemoteServer, runAction } from '../remote.ts';
import { type HistoryView, historyText, type Type1View, type1Text, type Type2View, type2Text } from './readiness-output.ts';

const USAGE = `groundwork readiness [--type 1 [--as-of DATE] | --type 2 [--from DATE --to DATE]] [--json]
                                                 Type 1: each control designed and in place at a date (today);
                                                 Type 2: each control's occurrences and populations over a window
                                                 (the audit window, else the last twelve months); then the gaps in order
  history [--months N]                           the Type 1 score at each month end
  attach CONTROL FILE [--note TEXT] [--effective TIME]
                                                 attach evidence Groundwork does not keep itself (a restore test report)
  except CONTROL --ref REF --reason TEXT         explain one late or missed item of the Type 2 report
On the server the CLI has every right; with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { usageError, option, required } = optionsFor(USAGE);

interface ReadinessTarget {
  type1(asOf?: string): Promise<Type1View>;
  type2(from?: string, to?: string): Promise<Type2View>;
  history(months: number): Promise<HistoryView>;
  attach(input: { controlId: string; file: { name: string; bytes: Buffer }; note?: string; effectiveAt?: Date }): Promise<{ controlId: string; seq: number; sha256?: string }>;
  except(input: { controlId: string; ref: string; reason: string }): Promise<{ controlId: string; seq: number; ref?: string }>;
  close(): Promise<void>;
}

async function localTarget(): Promise<ReadinessTarget> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  return {
    type1: async (asOf) => {
      const report = await readinessType1(ctx, { asOf });
      return { ...report, controls: withControlViews(report.controls) };
    },
    type2: async (from, to) => {
      const report = await readinessType2(ctx, { from, to });
      return { ...report, controls: withControlViews(report.controls) };
    },
    history: async (months) => ({ points: await readinessHistory(ctx, { months }) }),
    attach: (input) => attachControlEvidence(ctx, input),
    except: (input) => recordControlException(ctx, input),
    close: () => workspace.close(),
  };
}

function remoteTarget(server: RemoteServer): ReadinessTarget {
  const query = (params: Record<string, string | undefined>) => {
    const given = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
    return given.length ? `?${new URLSearchParams(given)}` : '';
  };
  return {
    type1: (asOf) => remoteCall(server, 'GET', `/api/readiness/type1${query({ asOf })}`),
    type2: (from, to) => remoteCall(server, 'GET', `/api/readiness/type2${query({ from, to })}`),
    history: (months) => remoteCall(server, 'GET', `/api/readiness/history${query({ months: String(months) })}`),
    attach: ({ controlId, file, note, effectiveAt }) =>
      remoteCall(server, 'POST', `/api/controls/${encodeURIComponent(controlId)}/evidence`, { file: { name: file.name, contentBase64: file.bytes.toString('base64') }, note, effectiveAt: effectiveAt?.toISOString() }),
    except: ({ controlId, ...body }) => remoteCall(server, 'POST', `/api/controls/${encodeURIComponent(controlId)}/exceptions`, body),
    close: async () => {},
  };
}

function control(io: CommandIo): string {
  const id = io.args[1];
  if (!id) throw usageError(`name the control: groundwork readiness ${io.args[0]} CONTROL (an id such as AC-06)`, 'CONTROL');
  return id;
}

const actions: Record<string, (io: CommandIo, target: ReadinessTarget) => Promise<number>> = {
  async report(io, target) {
    const type = option(io, 'type') ?? (option(io, 'from') || option(io, 'to') ? '2' : '1');
    if (type === '1') {
      if (option(io, 'from') || option(io, 'to')) throw usageError('--from and --to are for --type 2; Type 1 is at one date (--as-of)', '--from');
      const report = await target.type1(option(io, 'as-of'));
      io.emit(report, () => type1Text(report));
      return 0;
    }
    if (type === '2') {
      if (option(io, 'as-of')) throw usageError('--as-of is for --type 1; Type 2 is over a window (--from and --to)', '--as-of');
      const report = await target.type2(option(io, 'from'), option(io, 'to'));
      io.emit(report, () => type2Text(report));
      return 0;
    }
    throw usageError(`--type is 1 or 2, not "${type}"`, '--type');
  },
  async history(io, target) {
    const months = option(io, 'months') ?? '12';
    if (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 36) throw usageError(`--months is a number from 1 to 36, not "${months}"`, '--months');
    const history = await target.history(Number(months));
    io.emit(history, () => historyText(history));
    return 0;
  },
  async attach(io, target) {
    const controlId = control(io);
    const file = io.args[2];
    if (!file) throw usageError('name the file to attach: groundwork readiness attach CONTROL FILE', 'FILE');
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw usageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`, 'FILE');
    }
    const effective = option(io, 'effective');
    const recorded = await target.attach({ controlId, file: { name: path.basename(file), bytes }, note: option(io, 'note'), effectiveAt: effective ? instantOption(effective, 'effective') : undefined });
    io.emit(recorded, () => `${recorded.controlId}: ${path.basename(file)} attached (SHA-256 ${recorded.sha256}, event #${recorded.seq})`);
    return 0;
  },
  async except(io, target) {
    const recorded = await target.except({ controlId: control(io), ref: required(io, 'ref'), reason: required(io, 'reason') });
    io.emit(recorded, () => `${recorded.controlId}: exception recorded for ${recorded.ref} (event #${recorded.seq})`);
    return 0;
  },
};

export const readiness: Command = {
  usage: USAGE,
  remote: true,
  options: {
    type: { type: 'string' },
    'as-of': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    months: { type: 'string' },
    note: { type: 'string' },
    effective: { type: 'string' },
    ref: { type: 'string' },
    reason: { type: 'string' },
  },
  async run(io) {
    const args = io.args[0] === undefined ? ['report'] : io.args;
    return runAction({ ...io, args }, actions, { remote: remoteTarget, local: localTarget, usageError });
  },
};
