import { createHash } from 'node:crypto';
import { csvRecords } from '../csv/csv-records.ts';
import { type DateFormat, writtenDate } from '../csv/written-date.ts';
import { type AppError, invalidInput } from '../errors.ts';
import { normalizeEmail } from '../identity/user.ts';
import { type HrField, hrColumns, hrFieldOf, hrKindOf, hrKindValues } from './hr-columns.ts';
import type { PersonInput } from './person-input.ts';

export const MAX_HR_FILE_BYTES = 5 * 1024 * 1024;

export interface HrFile {
  fileName: string;
  /** The file's text, decoded as UTF-8. */
  csv: string;
  /** How slashed dates read; YYYY-MM-DD is always accepted, and 03/04/2026 is refused unless this says. */
  dateFormat?: DateFormat;
  /** Skip columns the import does not read (an export's Location, Phone…) instead of refusing the file. */
  ignoreUnknownColumns?: boolean;
}

export interface HrRow {
  line: number;
  /** Only the fields the file has columns for; a blank cell is null. */
  values: Partial<PersonInput> & { email: string };
  /** Names a field by the file's own column: "hr.csv line 4: Contract End Date". */
  where(field: string): string;
}

export interface HrCsv {
  sha256: string;
  columns: { header: string; field: HrField }[];
  ignoredColumns: string[];
  /** The rows without problems. */
  rows: HrRow[];
  /** Every address in the file, valid row or not, and the line it is on: managers may be anywhere in it. */
  addresses: Map<string, number>;
  problems: AppError[];
}

export const sha256Of = (csv: string) => createHash('sha256').update(csv, 'utf8').digest('hex');

/**
 * Reads an HR system's CSV export: checks the file and its columns (refusing it whole when they are
 * wrong), then each row, collecting the problems of every row. Compares nothing with the directory.
 */
export function readHrCsv(file: HrFile): HrCsv {
  const { fileName, csv } = file;
  const bytes = Buffer.byteLength(csv);
  if (bytes > MAX_HR_FILE_BYTES) throw invalidInput(`${fileName} is ${(bytes / 1024 / 1024).toFixed(1)} MB; an HR export is at most ${MAX_HR_FILE_BYTES / 1024 / 1024} MB`, fileName);
  if (/[\u0000\ufffd]/.test(csv)) throw invalidInput(`${fileName} is not a UTF-8 text file; export it from the HR system as CSV (UTF-8)`, fileName);
  const records = csvRecords(fileName, csv);
  const [header, ...body] = records;
  if (!header) throw invalidInput(`${fileName} is empty; it needs a header row naming its columns`, fileName);
  const { columns, ignoredColumns } = checkedColumns(fileName, header.cells, file.ignoreUnknownColumns ?? false);

  // Errors name the file's own column; a name may come from First Name, and a refusal about the person names their email.
  const headerOf = (field: string) => (columnsOf[field] ?? [field]).map((f) => columns.find((c) => c.field === f)?.header).find(Boolean) ?? fallbackHeader(field);
  const problems: AppError[] = [];
  const rows: HrRow[] = [];
  const addresses = new Map<string, number>();
  for (const { cells, line } of body) {
    const where = (field: string) => `${fileName} line ${line}: ${headerOf(field)}`;
    if (cells.length !== header.cells.length) {
      problems.push(invalidInput(`the row has ${cells.length} cells; the header has ${header.cells.length}`, `${fileName} line ${line}`));
      continue;
    }
    const raw = new Map<HrField, string>();
    columns.forEach((column) => raw.set(column.field, cells[column.index]!.trim()));
    const before = problems.length;
    const values = rowValues(raw, where, file.dateFormat ?? 'YYYY-MM-DD', problems);
    for (const address of new Set([values.email, ...(values.aliases ?? [])].map(normalizeEmail).filter(Boolean))) {
      const first = addresses.get(address);
      if (first === undefined) addresses.set(address, line);
      else problems.push(invalidInput(`${address} is also on line ${first}: one address is one person`, where(address === normalizeEmail(values.email) ? 'email' : 'aliases')));
    }
    if (problems.length === before) rows.push({ line, values, where });
  }
  return { sha256: sha256Of(csv), columns: columns.map(({ header, field }) => ({ header, field })), ignoredColumns, rows, addresses, problems };
}

const columnsOf: Record<string, HrField[]> = { name: ['name', 'firstName'], person: ['email'] };

function fallbackHeader(field: string): string {
  return hrColumns.find((c) => c.field === field)?.headers[0] ?? field;
}

const acceptedColumns = () => hrColumns.map((c) => `${c.headers[0]} (or ${c.headers.slice(1).join(', ')})`).join('; ');

function checkedColumns(fileName: string, headers: string[], ignoreUnknown: boolean) {
  const columns: { header: string; field: HrField; index: number }[] = [];
  const ignoredColumns: string[] = [];
  const wrong: string[] = [];
  headers.forEach((text, index) => {
    const header = text.trim();
    const field = hrFieldOf(header);
    const taken = columns.find((c) => c.field === field);
    if (taken) wrong.push(`the columns "${taken.header}" and "${header}" both give the ${fallbackHeader(field!)}; keep one`);
    else if (field) columns.push({ header, field, index });
    else if (ignoreUnknown) ignoredColumns.push(header || `column ${index + 1}`);
    else wrong.push(header ? `"${header}" is not a column the import reads` : `column ${index + 1} has no name`);
  });
  const has = (field: HrField) => columns.some((c) => c.field === field);
  const missing = hrColumns.filter((c) => c.required === 'yes' && !has(c.field)).map((c) => `no ${c.headers[0]} column`);
  if (!has('name') && !(has('firstName') && has('lastName'))) missing.unshift('no Name column, nor First Name and Last Name');
  const problems = [...missing, ...wrong];
  if (problems.length > 0) {
    const hint = wrong.length > 0 && !ignoreUnknown ? ' To skip the columns the import does not read, ask it to ignore unknown columns.' : '';
    throw invalidInput(`${fileName}: ${problems.join('; ')}. The columns it reads: ${acceptedColumns()}.${hint}`, `${fileName} line 1`);
  }
  return { columns, ignoredColumns };
}

const kindValues = () => Object.values(hrKindValues).flat().join(', ');

/** One row's cells as the directory's fields: a kind from the HR system's words, dates in YYYY-MM-DD, one name. */
function rowValues(raw: Map<HrField, string>, where: (field: string) => string, dateFormat: DateFormat, problems: AppError[]): HrRow['values'] {
  const cell = (field: HrField) => (raw.has(field) ? raw.get(field) || null : undefined);
  const values: HrRow['values'] = { email: cell('email') ?? '' };
  if (!values.email) problems.push(invalidInput('empty; every row needs a work email', where('email')));
  const first = cell('preferredName') || cell('firstName');
  const name = raw.has('name') ? cell('name') : [first, cell('lastName')].filter(Boolean).join(' ');
  values.name = name ?? '';
  const kindText = cell('kind');
  const kind = kindText && hrKindOf(kindText);
  if (kind) values.kind = kind;
  else problems.push(invalidInput(kindText ? `"${kindText}" is not a kind of worker the import knows; use one of ${kindValues()}` : `empty; use one of ${kindValues()}`, where('kind')));
  const date = (field: 'startOn' | 'endOn', text: string) => {
    try {
      return writtenDate(text, dateFormat, where(field));
    } catch (error) {
      problems.push(error as AppError);
      return undefined;
    }
  };
  const start = cell('startOn');
  if (start) values.startOn = date('startOn', start);
  else problems.push(invalidInput('empty; every row needs a start date', where('startOn')));
  const end = cell('endOn');
  if (end !== undefined) values.endOn = end && date('endOn', end);
  if (raw.has('aliases')) values.aliases = (cell('aliases') ?? '').split(/[;,\s]+/).filter(Boolean);
  for (const field of ['title', 'department', 'manager'] as const) if (raw.has(field)) values[field] = cell(field);
  return values;
}
