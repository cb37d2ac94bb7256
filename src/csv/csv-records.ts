import { CsvError, parse } from 'csv-parse/sync';
import { invalidInput } from '../errors.ts';

/**
 * A CSV file's non-empty records, each with the line it starts on: a quoted cell may span lines,
 * and a person reads the line a row starts on. A file that is not CSV is refused with its line.
 */
export function csvRecords(fileName: string, csv: string): { cells: string[]; line: number }[] {
  try {
    const records = parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return (
      records
        // Spreadsheets save rows of empty cells below the data.
        .filter(({ record }) => record.some((cell) => cell.trim()))
        // info.lines is where a record ends.
        .map(({ record, info }) => ({ cells: record, line: info.lines - record.join('').split('\n').length + 1 }))
    );
  } catch (error) {
    if (error instanceof CsvError) throw invalidInput(`${error.message.replace(/^[^:]*: /, '')}; is it a CSV file?`, `${fileName} line ${error.lines ?? 1}`);
    throw error;
  }
}
