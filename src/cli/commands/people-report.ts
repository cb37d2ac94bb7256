import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { invalidInput } from '../../errors.ts';
import { checkedScope, type PeopleReport, type ReportRow } from '../../people/people-report.ts';
import type { CommandIo } from '../command.ts';
import { formatTable } from '../output.ts';
import { checklistTarget } from './checklist-output.ts';

export const REPORT_USAGE = `  report --last N | --from DATE --to DATE [--csv | --pdf FILE]
                                                 the onboardings and offboardings an auditor samples, with timing and exceptions`;

function rows(list: ReportRow[]): string {
  if (list.length === 0) return '  none';
  return formatTable(
    list.map((r) => ({
      name: r.name,
      kind: r.kind,
      date: r.date,
      reason: r.reason ?? '',
      done: `${r.done}/${r.total}`,
      timing: r.timing,
      exceptions: r.exceptions.map((e) => `${e.key}: ${e.detail}`).join('; '),
    })),
    ['name', 'kind', 'date', 'reason', 'done', 'timing', 'exceptions'],
  );
}

function reportText(report: PeopleReport): string {
  const missing = report.missing.length ? `\n\nMissing records\n${report.missing.map((m) => `  ${m.name} <${m.email}>, ${m.kind}, ${m.date}: ${m.problem}`).join('\n')}` : '';
  return `Onboardings\n${rows(report.hires)}\n\nOffboardings\n${rows(report.leavers)}${missing}\n\n${report.completeness}`;
}

const number = (value: unknown, name: string) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw invalidInput(`--${name} must be a whole number, not "${String(value)}"`, `--${name}`);
  return Number(value);
};

/** `groundwork people report`: JSON, a table, CSV on stdout, or a PDF file (never overwriting one). */
export async function peopleReportCommand(io: CommandIo): Promise<number> {
  const text = (name: string) => (typeof io.options[name] === 'string' ? (io.options[name] as string) : undefined);
  const scope = checkedScope({ last: number(io.options.last, 'last'), from: text('from'), to: text('to') });
  const pdf = text('pdf');
  if (pdf && io.options.csv) throw invalidInput('choose --csv or --pdf FILE, not both', '--pdf');
  const target = await checklistTarget();
  try {
    if (io.options.csv) {
      await target.reportFile(scope, 'csv', new Writable({ write: (chunk, _encoding, done) => (io.out(String(chunk).replace(/\n$/, '')), done()) }));
      return 0;
    }
    if (pdf) {
      const file = await open(pdf, 'wx').catch((error: NodeJS.ErrnoException) => {
        throw invalidInput(error.code === 'EEXIST' ? `${pdf} already exists; choose another name` : `cannot write ${pdf} (${error.code})`, '--pdf');
      });
      await target.reportFile(scope, 'pdf', file.createWriteStream());
      io.emit({ written: pdf }, () => `wrote ${pdf}`);
      return 0;
    }
    const report = await target.report(scope);
    io.emit(report, () => reportText(report));
    return 0;
  } finally {
    await target.close();
  }
}
