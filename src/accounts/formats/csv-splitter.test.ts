import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CsvError, parse } from 'csv-parse/sync';
import { type CsvRecord, csvSplitter, CsvSyntaxError } from './csv-splitter.ts';

/** Every record of `text` given in pieces cut at `cuts`, or the error it stops on. */
function split(text: string, cuts: number[] = []): CsvRecord[] | { code: string; message: string; lines: number } {
  const splitter = csvSplitter();
  const records: CsvRecord[] = [];
  try {
    let from = 0;
    for (const to of [...cuts, text.length]) {
      records.push(...splitter.push(text.slice(from, to)));
      from = to;
    }
    records.push(...splitter.end());
    return records;
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { code: error.code, message: error.message, lines: error.lines };
  }
}

/** What csv-parse makes of the same text, as the importer read it before: the line a record starts on is where it ends less the line feeds in its cells. */
function csvParse(text: string): ReturnType<typeof split> {
  try {
    const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines - record.join('').split('\n').length + 1 }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { code: error.code, message: error.message, lines: (error as CsvError & { lines: number }).lines };
  }
}

describe('splitting CSV text into records', () => {
  test('cells are cut at commas; a quoted cell keeps its commas, quotes and line breaks, and its record the line it starts on', () => {
    const text = 'id,name,note\nu-1,"Park, Lee","says ""hi"""\nu-2,Maya,"two\nlines"\nu-3,,\n';
    assert.deepEqual(split(text), [
      { cells: ['id', 'name', 'note'], line: 1 },
      { cells: ['u-1', 'Park, Lee', 'says "hi"'], line: 2 },
      { cells: ['u-2', 'Maya', 'two\nlines'], line: 3 },
      { cells: ['u-3', '', ''], line: 5 },
    ]);
  });

  test('the first line break says how records end: CRLF, LF or CR; blank lines are skipped, the last line needs none', () => {
    assert.deepEqual(split('a,b\r\n1,2\r\n\r\n3,4'), [
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
      { cells: ['3', '4'], line: 4 },
    ]);
    assert.deepEqual(split('a,b\r1,2\r'), [
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
    ]);
    // In a file of CRLF a lone LF is part of a cell, as csv-parse reads it.
    assert.deepEqual(split('a,b\r\n1,2\n3,4\r\n'), [
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2\n3', '4'], line: 2 },
    ]);
  });

  test('text that is not CSV stops it, with the line and the words of csv-parse', () => {
    assert.deepEqual(split('a,b\n"x\n'), { code: 'CSV_QUOTE_NOT_CLOSED', message: 'Quote Not Closed: the parsing is finished with an opening quote at line 2', lines: 2 });
    assert.deepEqual(split('a,b\n"x"y,2\n'), {
      code: 'CSV_INVALID_CLOSING_QUOTE',
      message: 'Invalid Closing Quote: got "y" at line 2 instead of delimiter, record delimiter, trimable character (if activated) or comment',
      lines: 2,
    });
    assert.deepEqual(split('a,b\n1,x"y\n'), { code: 'INVALID_OPENING_QUOTE', message: 'Invalid Opening Quote: a quote is found on field 1 at line 2, value is "x"', lines: 2 });
  });

  test('reads every text as csv-parse does, however it is cut into chunks', () => {
    // Texts made of the pieces where CSV readers differ, the same every run.
    const pieces = ['a', 'é', '😀', ',', ',', '"', '"', '""', '\n', '\r', '\r\n', ' ', '\ufeff', 'xyz'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: random(16) }, () => pieces[random(pieces.length)]).join('');
      const expected = csvParse(text);
      assert.deepEqual(split(text), expected, JSON.stringify(text));
      assert.deepEqual(split(text, [random(text.length + 1)]), expected, JSON.stringify(text));
      assert.deepEqual(split(text, Array.from({ length: text.length }, (_, at) => at)), expected, `${JSON.stringify(text)} a character at a time`);
    }
  });
});
