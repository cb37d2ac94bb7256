import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, invalidInput } from '../../errors.ts';
import type { PersonInput } from '../../people/person-input.ts';
import type { EngagementStatus } from '../../people/person.ts';
import { type DateFormat, dateFormats } from '../../csv/written-date.ts';
import { type HrFile, MAX_HR_FILE_BYTES, sha256Of } from '../../people/read-hr-csv.ts';
import type { Command, CommandIo } from '../command.ts';
import { readCsvFile } from '../read-csv-file.ts';
import { runAction } from '../remote.ts';
import { peopleTable, personText, previewText } from './people-output.ts';
import { peopleReportCommand, REPORT_USAGE } from './people-report.ts';
import { localTarget, type PeopleTarget, remoteTarget } from './people-targets.ts';
import { optionsFor } from '../options.ts';

const USAGE = `groundwork people <action> [options] [--json]
  list [--status S]                              everyone, with their current engagement (S: pre-hire, active, offboarding, departed)
  show EMAIL                                     a person and the timeline of their engagements
  add --name N --email E --kind K --start DATE   someone new; K: employee, contractor, freelancer, intern, short-term
      [--end DATE --title T --department D --manager EMAIL --alias EMAIL …]   (contractors and short-term help need --end)
  update EMAIL [--title T --department D --manager EMAIL --end DATE --start DATE --name N --email E --alias EMAIL …]
                                                 change what is given; an empty value ('') clears it
  rehire EMAIL --kind K --start DATE [--end DATE --title T --department D --manager EMAIL]
                                                 bring back someone who left: a new engagement, onboarded from zero
  import FILE [--date-format F] [--ignore-unknown-columns]   preview an HR system's CSV export; changes nothing
  import FILE --apply                            import it: everyone in one go, or nobody if anything is wrong
${REPORT_USAGE}
Dates are YYYY-MM-DD; --date-format MM/DD/YYYY or DD/MM/YYYY reads an export's slashed dates.
On the server the CLI has every right; with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { usageError, option, required } = optionsFor(USAGE);

const statuses: EngagementStatus[] = ['pre-hire', 'active', 'offboarding', 'departed'];




function named(io: CommandIo, what: string): string {
  const value = io.args[1];
  if (!value) throw usageError(`name the person: groundwork people ${io.args[0]} ${what}`, 'person');
  return value;
}

/** An option given as '' clears the field. */
function clearable(io: CommandIo, name: string): string | null | undefined {
  const value = option(io, name);
  return value?.trim() === '' ? null : value;
}

/** The engagement's fields given as options; those not given are left out. */
function engagementOptions(io: CommandIo): Partial<PersonInput> {
  const given: Partial<PersonInput> = { kind: option(io, 'kind'), title: clearable(io, 'title'), department: clearable(io, 'department'), manager: clearable(io, 'manager'), startOn: option(io, 'start'), endOn: clearable(io, 'end') };
  const aliases = io.options.alias as unknown as string[] | undefined;
  if (aliases) given.aliases = aliases;
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}

/** The export as text; a missing, oversized or non-UTF-8 file is refused before anything is sent. */
async function readHrFile(io: CommandIo): Promise<HrFile> {
  const file = named(io, 'FILE.csv');
  const dateFormat = option(io, 'date-format');
  if (dateFormat !== undefined && !(dateFormats as readonly string[]).includes(dateFormat)) throw usageError(`--date-format is one of ${dateFormats.join(', ')}, not "${dateFormat}"`, '--date-format');
  const csv = await readCsvFile(file, { maxBytes: MAX_HR_FILE_BYTES, what: 'an HR export', advice: 'export it from the HR system as CSV (UTF-8)' });
  return { fileName: path.basename(file), csv, dateFormat: dateFormat as DateFormat | undefined, ignoreUnknownColumns: io.options['ignore-unknown-columns'] === true };
}

type Action = (io: CommandIo, target: PeopleTarget) => Promise<number>;

/** Each action of `groundwork people`; a new one is one more entry. */
const actions: Record<string, Action> = {
  async list(io, target) {
    const status = option(io, 'status');
    if (status !== undefined && !statuses.includes(status as EngagementStatus)) throw usageError(`--status is one of ${statuses.join(', ')}, not "${status}"`, '--status');
    const people = await target.list(status as EngagementStatus | undefined);
    io.emit({ people }, () => peopleTable(people));
    return 0;
  },
  async show(io, target) {
    const person = await target.show(named(io, 'EMAIL'));
    io.emit(person, () => personText(person));
    return 0;
  },
  async add(io, target) {
    const added = await target.add({ ...engagementOptions(io), name: required(io, 'name'), email: required(io, 'email'), kind: required(io, 'kind'), startOn: required(io, 'start') });
    io.emit(added, () => `added ${personText(added)}`);
    return 0;
  },
  async update(io, target) {
    const person = named(io, 'EMAIL');
    const changes: Partial<PersonInput> = { ...engagementOptions(io), name: option(io, 'name'), email: option(io, 'email') };
    if (Object.values(changes).every((value) => value === undefined)) throw usageError('say what to change: --title, --department, --manager, --end …', 'options');
    const changed = await target.update(person, changes);
    io.emit(changed, () => `changed ${personText(changed)}`);
    return 0;
  },
  async rehire(io, target) {
    const person = named(io, 'EMAIL');
    const back = await target.rehire(person, { ...engagementOptions(io), name: option(io, 'name'), kind: required(io, 'kind'), startOn: required(io, 'start') });
    io.emit(back, () => `${back.name} starts a new engagement\n${personText(back)}`);
    return 0;
  },
  async import(io, target) {
    const file = await readHrFile(io);
    const apply = io.options.apply === true;
    const result = apply ? await target.apply({ ...file, sha256: sha256Of(file.csv) }) : await target.preview(file);
    io.emit({ ...result, applied: apply }, () => previewText(result, apply));
    return 0;
  },
};

export const people: Command = {
  usage: USAGE,
  remote: true,
  options: {
    status: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    kind: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    title: { type: 'string' },
    department: { type: 'string' },
    manager: { type: 'string' },
    alias: { type: 'string', multiple: true },
    apply: { type: 'boolean' },
    'date-format': { type: 'string' },
    'ignore-unknown-columns': { type: 'boolean' },
    last: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    csv: { type: 'boolean' },
    pdf: { type: 'string' },
  },
  async run(io) {
    const name = io.args[0];
    // The report reads checklists, not the directory's own target.
    if (name === 'report') return peopleReportCommand(io);
    return runAction(io, actions, { remote: remoteTarget, local: localTarget, usageError });
  },
};
