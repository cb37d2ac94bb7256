import { createHash } from 'node:crypto';
import { comparable } from '../csv/comparable.ts';
import { csvRecords } from '../csv/csv-records.ts';
import { type DateFormat, writtenDate } from '../csv/written-date.ts';
import { type AppError, invalidInput } from '../errors.ts';
import { fieldNames, isRequestField, type RequestField, requestColumns, requestFieldOf, requestFields } from './request-columns.ts';

export const MAX_REQUEST_FILE_BYTES = 2 * 1024 * 1024;
const MAX_ID = 100;
const MAX_CONTROL = 200;
const MAX_DESCRIPTION = 4000;

/** The auditor's request list as a CSV file, and how to read it. */
export interface RequestFile {
  fileName: string;
  /** The file's text, decoded as UTF-8. */
  csv: string;
  /**
   * The file's own header for a field, where the import would not recognise it or would take
   * another column: `{ id: 'PBC#' }`. null: the file has no column for it (the control reference is optional).
   */
  columns?: Partial<Record<RequestField, string | null>>;
  /** How slashed dates read; YYYY-MM-DD is always accepted. */
  dateFormat?: DateFormat;
}

/** Which of the file's columns fills each field, and what is left to map. */
export interface FileColumns {
  headers: string[];
  columns: { field: RequestField; header: string }[];
  /** Columns the import does not read (an "Owner" or "Status" of the firm's own). */
  ignoredColumns: string[];
  /** Required fields no column gives. */
  missing: RequestField[];
  /** Fields that several columns could give: the mapping chooses. */
  ambiguous: { field: RequestField; headers: string[] }[];
}

export interface RequestRow {
  line: number;
  id: string;
  control: string | null;
  description: string;
  dueOn: string;
  /** Names a field by the file's own column: "pbc.csv line 4: Due Date". */
  where(field: RequestField): string;
}

export interface RequestCsv {
  sha256: string;
  columns: { field: RequestField; header: string }[];
  ignoredColumns: string[];
  /** The rows without problems. */
  rows: RequestRow[];
  problems: AppError[];
}

export const sha256Of = (csv: string) => createHash('sha256').update(csv, 'utf8').digest('hex');

/** The file's header row read against the fields, with the mapping applied; a mapping that names no column of the file is refused. */
export function requestFileColumns(file: RequestFile): FileColumns {
  return headerColumns(file, checkedRecords(file)).found;
}

/**
 * Reads the auditor's request list: checks the file and its columns (refusing it whole when they
 * are wrong), then each row, collecting the problems of every row. Compares nothing with what is stored.
 */
export function readRequestCsv(file: RequestFile): RequestCsv {
  const { fileName } = file;
  const records = checkedRecords(file);
  const { found, indexOf } = headerColumns(file, records);
  const unmapped = [
    ...found.missing.map((field) => `no column gives the ${fieldNames[field]}`),
    ...found.ambiguous.map(({ field, headers }) => `the columns ${headers.map((h) => `"${h}"`).join(' and ')} could each be the ${fieldNames[field]}: map the one to use`),
  ];
  if (unmapped.length > 0) throw invalidInput(`${fileName}: ${unmapped.join('; ')}. Its columns: ${found.headers.map((h) => `"${h}"`).join(', ')}.`, `${fileName} line 1`);
  const body = records.slice(1);
  if (body.length === 0) throw invalidInput(`${fileName} has no requests below its header`, `${fileName} line 2`);

  const headerOf = (field: RequestField) => found.columns.find((c) => c.field === field)!.header;
  const width = records[0]!.cells.length;
  const problems: AppError[] = [];
  const rows: RequestRow[] = [];
  const lineOf = new Map<string, number>();
  for (const { cells, line } of body) {
    const where = (field: RequestField) => `${fileName} line ${line}: ${headerOf(field)}`;
    if (cells.length !== width) {
      problems.push(invalidInput(`the row has ${cells.length} cells; the header has ${width}`, `${fileName} line ${line}`));
      continue;
    }
    const cell = (field: RequestField) => {
      const index = indexOf.get(field);
      return index === undefined ? '' : cells[index]!.trim();
    };
    const before = problems.length;
    const problem = (field: RequestField, message: string) => problems.push(invalidInput(message, where(field)));
    const id = cell('id');
    if (!id) problem('id', 'empty; every request needs its id');
    else if (id.length > MAX_ID) problem('id', `${id.length} characters; a request id is at most ${MAX_ID}`);
    else if (lineOf.has(id)) problem('id', `${id} is also on line ${lineOf.get(id)}: a request id is unique in the list`);
    else lineOf.set(id, line);
    const description = cell('description');
    if (!description) problem('description', `empty; say what request ${id || 'this'} asks for`);
    else if (description.length > MAX_DESCRIPTION) problem('description', `${description.length} characters; a description is at most ${MAX_DESCRIPTION}`);
    const control = cell('control');
    if (control.length > MAX_CONTROL) problem('control', `${control.length} characters; a control reference is at most ${MAX_CONTROL}`);
    const dueText = cell('dueOn');
    let dueOn = '';
    if (!dueText) problem('dueOn', 'empty; every request needs its due date');
    else {
      try {
        dueOn = writtenDate(dueText, file.dateFormat ?? 'YYYY-MM-DD', where('dueOn'));
      } catch (error) {
        problems.push(error as AppError);
      }
    }
    if (problems.length === before) rows.push({ line, id, control: control || null, description, dueOn, where });
  }
  return { sha256: sha256Of(file.csv), columns: found.columns, ignoredColumns: found.ignoredColumns, rows, problems };
}

function checkedRecords(file: RequestFile): { cells: string[]; line: number }[] {
  const { fileName, csv } = file;
  const bytes = Buffer.byteLength(csv);
  if (bytes > MAX_REQUEST_FILE_BYTES) throw invalidInput(`${fileName} is ${(bytes / 1024 / 1024).toFixed(1)} MB; a request list is at most ${MAX_REQUEST_FILE_BYTES / 1024 / 1024} MB`, fileName);
  if (/[\u0000\ufffd]/.test(csv)) throw invalidInput(`${fileName} is not a UTF-8 text file; save the request list as CSV (UTF-8)`, fileName);
  const records = csvRecords(fileName, csv);
  if (records.length === 0) throw invalidInput(`${fileName} is empty; it needs a header row naming its columns`, `${fileName} line 1`);
  return records;
}

/** The mapping first, then the headers the import knows for the fields the mapping leaves out. */
function headerColumns(file: RequestFile, records: { cells: string[] }[]): { found: FileColumns; indexOf: Map<RequestField, number> } {
  const { fileName } = file;
  const headers = records[0]!.cells.map((cell) => cell.trim());
  const list = headers.map((h) => `"${h}"`).join(', ');
  const indexOf = new Map<RequestField, number>();
  const mapped = Object.entries(file.columns ?? {});
  for (const [field, header] of mapped) {
    if (!isRequestField(field)) throw invalidInput(`"${field}" is not a field of a request; the fields are ${requestFields.join(', ')}`, 'columns');
    if (header === null || header === undefined) continue;
    const exact = headers.indexOf(header.trim());
    const index = exact >= 0 ? exact : headers.findIndex((h) => comparable(h) === comparable(header));
    if (index < 0) throw invalidInput(`${fileName} has no column "${header}" for the ${fieldNames[field]}; its columns are ${list}`, `columns.${field}`);
    const taken = [...indexOf].find(([, i]) => i === index);
    if (taken) throw invalidInput(`the column "${headers[index]}" is mapped to both the ${fieldNames[taken[0]]} and the ${fieldNames[field]}`, `columns.${field}`);
    indexOf.set(field, index);
  }
  const detected = new Map<RequestField, number[]>();
  const ignoredColumns: string[] = [];
  headers.forEach((header, index) => {
    if ([...indexOf.values()].includes(index)) return;
    const field = requestFieldOf(header);
    const decided = field !== undefined && mapped.some(([f]) => f === field);
    if (field && !decided) detected.set(field, [...(detected.get(field) ?? []), index]);
    else ignoredColumns.push(header || `column ${index + 1}`);
  });
  const ambiguous: FileColumns['ambiguous'] = [];
  for (const [field, indexes] of detected) {
    if (indexes.length === 1) indexOf.set(field, indexes[0]!);
    else ambiguous.push({ field, headers: indexes.map((i) => headers[i]!) });
  }
  const columns = requestFields.filter((field) => indexOf.has(field)).map((field) => ({ field, header: headers[indexOf.get(field)!]! }));
  const missing = requestColumns.filter((c) => c.required && !indexOf.has(c.field) && !ambiguous.some((a) => a.field === c.field)).map((c) => c.field);
  return { found: { headers, columns, ignoredColumns, missing, ambiguous }, indexOf };
}
