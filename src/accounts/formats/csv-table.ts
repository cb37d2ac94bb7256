import { invalidInput } from '../../errors.ts';
import { type CsvRecord, csvSplitter, CsvSyntaxError } from './csv-splitter.ts';

export interface CsvRow {
  /** The line the row starts on (a quoted cell may span lines). */
  line: number;
  /** The trimmed cell of a column; '' when the file has no such column. */
  get(column: string): string;
  has(column: string): boolean;
  /** "report.csv line 3: mfa_active" */
  where(column: string): string;
}

/**
 * Streams a CSV's rows after its header. `columnsOf` turns the trimmed header cells into the
 * column names the reader uses, throwing for a header it does not know or a column missing. A row
 * whose cell count differs from the header's (a file cut short, a stray comma) is refused.
 */
export async function* csvTable(name: string, text: AsyncIterable<string>, columnsOf: (headers: string[]) => string[]): AsyncGenerator<CsvRow> {
  for await (const rows of csvTableChunks(name, text, columnsOf)) yield* rows;
}

/** The rows of csvTable a chunk of text at a time, for a reader that handles many rows per wait. */
export async function* csvTableChunks(name: string, text: AsyncIterable<string>, columnsOf: (headers: string[]) => string[]): AsyncGenerator<CsvRow[]> {
  let columns: Map<string, number> | undefined;
  let width = 0;
  for await (const records of csvRecords(name, text)) {
    const rows: CsvRow[] = [];
    for (const { cells, line } of records) {
      // Spreadsheets save rows of empty cells below the data.
      if (!cells.some((cell) => cell.trim())) continue;
      if (!columns) {
        columns = new Map(columnsOf(cells.map((cell) => cell.trim())).map((column, index) => [column, index]));
        width = cells.length;
        continue;
      }
      if (cells.length !== width) {
        // The rows before it first: a reader refuses the first bad row of the file.
        if (rows.length > 0) yield rows;
        throw invalidInput(`the row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${width}`, `${name} line ${line}`);
      }
      rows.push(new TableRow(name, columns, cells, line));
    }
    if (rows.length > 0) yield rows;
  }
  if (!columns) throw invalidInput(`${name} is empty; it needs a header row naming its columns`, `${name} line 1`);
}

class TableRow implements CsvRow {
  readonly #file: string;
  readonly #columns: Map<string, number>;
  readonly #cells: string[];
  readonly line: number;

  constructor(file: string, columns: Map<string, number>, cells: string[], line: number) {
    this.#file = file;
    this.#columns = columns;
    this.#cells = cells;
    this.line = line;
  }

  get(column: string): string {
    return this.#cells[this.#columns.get(column) ?? -1]?.trim() ?? '';
  }

  has(column: string): boolean {
    return this.#columns.has(column);
  }

  where(column: string): string {
    return `${this.#file} line ${this.line}: ${column}`;
  }
}

/** The records each chunk of text completes, and the last one at the end. */
async function* csvRecords(name: string, text: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  const splitter = csvSplitter();
  try {
    for await (const chunk of text) yield splitter.push(chunk);
    yield splitter.end();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw invalidInput(`${name} ends inside a quoted cell; is the file cut short?`, `${name} line ${error.lines}`);
    throw invalidInput(`${error.message}; is it a CSV file?`, `${name} line ${error.lines}`);
  }
}
