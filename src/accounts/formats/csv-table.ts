import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { invalidInput } from '../../errors.ts';

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
  let columns: Map<string, number> | undefined;
  let width = 0;
  for await (const { cells, line } of csvRows(name, text)) {
    if (!columns) {
      columns = new Map(columnsOf(cells.map((cell) => cell.trim())).map((column, index) => [column, index]));
      width = cells.length;
      continue;
    }
    if (cells.length !== width) throw invalidInput(`the row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${width}`, `${name} line ${line}`);
    const index = columns;
    yield {
      line,
      get: (column) => cells[index.get(column) ?? -1]?.trim() ?? '',
      has: (column) => index.has(column),
      where: (column) => `${name} line ${line}: ${column}`,
    };
  }
  if (!columns) throw invalidInput(`${name} is empty; it needs a header row naming its columns`, `${name} line 1`);
}

async function* csvRows(name: string, text: AsyncIterable<string>): AsyncGenerator<{ cells: string[]; line: number }> {
  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true });
  // An error on either side destroys the parser, and so reaches the loop below.
  pipeline(Readable.from(text), parser, () => {});
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // Spreadsheets save rows of empty cells below the data.
      if (!record.some((cell) => cell.trim())) continue;
      // info.lines is the line a row ends on.
      yield { cells: record, line: info.lines - record.join('').split('\n').length + 1 };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw invalidInput(`${name} ends inside a quoted cell; is the file cut short?`, `${name} line ${error.lines}`);
    throw invalidInput(`${error.message}; is it a CSV file?`, `${name} line ${error.lines ?? 1}`);
  }
}
