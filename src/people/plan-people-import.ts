import type { Context } from '../context.ts';
import { problemsError } from '../csv/problems-error.ts';
import { AppError, invalidInput } from '../errors.ts';
import { normalizeEmail } from '../identity/user.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import type { HrField } from './hr-columns.ts';
import { type CheckedPerson, checkedPerson, type PersonInput } from './person-input.ts';
import { listPeople, type Person } from './person.ts';
import { type HrFile, type HrRow, readHrCsv } from './read-hr-csv.ts';
import { currentPerson, type FieldChange, fieldChanges, refusedChange } from './update-person.ts';

type Fields = Omit<CheckedPerson, 'aliases'> & { aliases: string[] };

/** What an import would do, person by person; computing it writes nothing. */
export interface ImportPreview {
  fileName: string;
  sha256: string;
  rows: number;
  columns: { header: string; field: HrField }[];
  ignoredColumns: string[];
  /** Not in the directory: added with a first engagement. */
  new: (Fields & { line: number })[];
  changed: { line: number; personId: string; name: string; email: string; changes: ({ field: string } & FieldChange)[] }[];
  unchanged: { line: number; personId: string; name: string; email: string }[];
  /** Departed in the directory and back in the file: a new engagement, onboarded from zero. */
  returning: (Fields & { line: number; personId: string; leftOn: string })[];
  /** Gone by the file's own end date, and not here now: nothing to import. */
  left: { line: number; personId: string | null; name: string; email: string; endOn: string }[];
  /** Active or pre-hire in the directory, absent from the file: shown, never offboarded by the import. */
  missing: { personId: string; name: string; email: string; kind: string; status: string; startOn: string; endOn: string | null }[];
  /** Things to act on that are not errors: offboardings to start. */
  notes: string[];
}

/** One write of the import, in the order managers need: people added before those they manage. */
export type ImportStep =
  | { action: 'add'; row: HrRow; person: CheckedPerson }
  | { action: 'rehire'; row: HrRow; personId: string; person: CheckedPerson }
  | { action: 'update'; row: HrRow; personId: string; changes: Partial<PersonInput> };

interface Planned {
  row: HrRow;
  person: CheckedPerson;
  found: Person | undefined;
  category: 'new' | 'changed' | 'unchanged' | 'returning' | 'left';
  leftOn?: string;
  changes?: Record<string, FieldChange>;
}

/**
 * Compares an HR export with the directory: who is new, changed, unchanged, returning, gone, and
 * missing from the file. Every problem of every row is collected into one error.
 */
export async function planPeopleImport(ctx: Context, file: HrFile): Promise<{ preview: ImportPreview; steps: ImportStep[] }> {
  const csv = readHrCsv(file);
  const problems = [...csv.problems];
  const people = await listPeople(ctx);
  const byId = new Map(people.map((p) => [p.id, p]));
  const byAddress = new Map(people.flatMap((p) => [p.email, ...p.aliases].map((address) => [address, p] as const)));
  const managerOf = (p: Person) => (p.current.managerId ? byId.get(p.current.managerId)!.email : null);
  const { timeZone } = await getWorkspace(ctx);
  const today = localDateOf(ctx.now(), timeZone).toString();
  const notes: string[] = [];

  const planned: Planned[] = [];
  const lineOf = new Map<string, number>();
  for (const row of csv.rows) {
    try {
      const found = byAddress.get(normalizeEmail(row.values.email));
      if (found && lineOf.has(found.id)) throw invalidInput(`${row.values.email} is ${found.name} (${found.email}) in the directory, who is also line ${lineOf.get(found.id)}`, row.where('email'));
      if (found) lineOf.set(found.id, row.line);
      const departed = found?.current.status === 'departed';
      const current = found && !departed ? currentPerson(found, managerOf(found)) : undefined;
      const person = checkedPerson({ ...(current ?? { name: found?.name, aliases: found?.aliases }), ...row.values } as PersonInput, row.where);
      for (const alias of person.aliases) {
        const holder = byAddress.get(alias);
        if (holder && holder !== found) throw new AppError('conflict', `${alias} is already ${holder.name} (${holder.email}) in the directory`, row.where('aliases'));
      }
      const gone = person.endOn !== null && person.endOn < today;
      if (!found || departed) {
        const leftOn = departed ? localDateOf(new Date(found!.current.offboarding!.terminatesAt), timeZone).toString() : undefined;
        if (!gone && leftOn && person.startOn <= leftOn) throw new AppError('conflict', `${found!.name} left on ${leftOn}; a return starts after that: give the new start date, or leave them out of the file`, row.where('startOn'));
        planned.push({ row, person, found, leftOn, category: gone ? 'left' : departed ? 'returning' : 'new' });
        continue;
      }
      const refused = refusedChange(found, current!, person, row.where);
      if (refused) throw refused;
      const changes = fieldChanges(current!, person);
      planned.push({ row, person, found, changes, category: Object.keys(changes).length > 0 ? 'changed' : 'unchanged' });
      if (gone && found.current.status !== 'offboarding') notes.push(`line ${row.line}: ${person.name}'s end date ${person.endOn} has passed: start their offboarding`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(error);
    }
  }

  const order = managersFirst(planned, byAddress, csv.addresses, problems);
  if (problems.length > 0) throw problemsError(file.fileName, problems);

  const missing = people.filter((p) => !lineOf.has(p.id) && (p.current.status === 'active' || p.current.status === 'pre-hire'));
  if (missing.length > 0) notes.push(`${missing.length === 1 ? '1 person' : `${missing.length} people`} in the directory ${missing.length === 1 ? 'is' : 'are'} not in ${file.fileName}: the import never offboards anyone; if they left, start their offboarding`);
  const of = (category: Planned['category']) => planned.filter((p) => p.category === category);
  const fields = ({ row, person }: Planned) => ({ line: row.line, ...person });
  const preview: ImportPreview = {
    fileName: file.fileName,
    sha256: csv.sha256,
    rows: csv.rows.length,
    columns: csv.columns,
    ignoredColumns: csv.ignoredColumns,
    new: of('new').map(fields),
    changed: of('changed').map((p) => ({ line: p.row.line, personId: p.found!.id, name: p.person.name, email: p.person.email, changes: Object.entries(p.changes!).map(([field, change]) => ({ field, ...change })) })),
    unchanged: of('unchanged').map((p) => ({ line: p.row.line, personId: p.found!.id, name: p.person.name, email: p.person.email })),
    returning: of('returning').map((p) => ({ ...fields(p), personId: p.found!.id, leftOn: p.leftOn! })),
    left: of('left').map((p) => ({ line: p.row.line, personId: p.found?.id ?? null, name: p.person.name, email: p.person.email, endOn: p.person.endOn! })),
    missing: missing.map((p) => ({ personId: p.id, name: p.name, email: p.email, kind: p.current.kind, status: p.current.status, startOn: p.current.startOn, endOn: p.current.endOn })),
    notes,
  };
  const steps: ImportStep[] = order.map((p) =>
    p.category === 'new'
      ? { action: 'add', row: p.row, person: p.person }
      : p.category === 'returning'
        ? { action: 'rehire', row: p.row, personId: p.found!.id, person: p.person }
        : { action: 'update', row: p.row, personId: p.found!.id, changes: Object.fromEntries(Object.entries(p.changes!).map(([field, { to }]) => [field, to])) },
  );
  return { preview, steps };
}

/**
 * Checks each manager is in the directory or in the file, and orders the writes: new people before
 * the people they manage, then returns, then changes. A loop of new people managing each other is a problem.
 */
function managersFirst(planned: Planned[], directory: Map<string, Person>, fileAddresses: Map<string, number>, problems: AppError[]): Planned[] {
  const inFile = new Map(planned.flatMap((p) => [p.person.email, ...p.person.aliases].map((address) => [address, p] as const)));
  const dependsOn = new Map<Planned, Planned>();
  for (const p of planned) {
    const manager = p.person.manager;
    if (manager === null || p.category === 'left' || p.category === 'unchanged') continue;
    const entry = inFile.get(manager);
    const where = p.row.where('manager');
    if (entry?.category === 'new') dependsOn.set(p, entry);
    else if (entry?.category === 'left' && !entry.found) problems.push(invalidInput(`${manager} left by the file's own end date (line ${entry.row.line}), so is not imported to manage anyone`, where));
    else if (!entry && !directory.has(manager) && !fileAddresses.has(manager)) problems.push(invalidInput(`nobody in the file or the directory is ${manager}`, where));
    else if (p.found && directory.get(manager) === p.found) problems.push(invalidInput('a person cannot be their own manager', where));
  }
  const ordered: Planned[] = [];
  const seen = new Set<Planned>();
  for (const start of planned.filter((p) => p.category === 'new')) {
    // Up the management chain to someone placed already, someone not new, or back into the chain: a loop.
    const chain = new Set<Planned>();
    let p: Planned | undefined = start;
    while (p && !seen.has(p) && !chain.has(p)) {
      chain.add(p);
      p = dependsOn.get(p);
    }
    const path = [...chain];
    path.forEach((q) => seen.add(q));
    if (p && chain.has(p)) {
      for (const q of path.slice(path.indexOf(p))) problems.push(invalidInput(`${q.person.manager} and ${q.person.email} are each other's managers, directly or through others in the file`, q.row.where('manager')));
    } else ordered.push(...path.reverse());
  }
  return [...ordered, ...planned.filter((p) => p.category === 'returning'), ...planned.filter((p) => p.category === 'changed')];
}
