/** A record of a CSV file: its cells, and the line it starts on (a quoted cell may span lines). */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** Text that is not CSV, with the line the parser stopped on; `code` is csv-parse's for the same fault. */
export class CsvSyntaxError extends Error {
  readonly code: 'CSV_QUOTE_NOT_CLOSED' | 'CSV_INVALID_CLOSING_QUOTE' | 'INVALID_OPENING_QUOTE';
  readonly lines: number;

  constructor(code: CsvSyntaxError['code'], message: string, lines: number) {
    super(message);
    this.code = code;
    this.lines = lines;
  }
}

export interface CsvSplitter {
  /** The records a chunk of text completes; the few characters it cannot decide yet wait for the next. */
  push(text: string): CsvRecord[];
  /** The last record, once the text has ended. */
  end(): CsvRecord[];
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Splits CSV text into records exactly as csv-parse does with `relax_column_count` and
 * `skip_empty_lines` (the same cells, lines and errors, line breaks inside quoted cells counted as it
 * counts them), several times faster: it scans each chunk once and cuts cells out of it. The record
 * delimiter is the first line break outside quotes (CRLF, LF or CR); a quote opens a cell only at its
 * start and closes it only before a comma, a record delimiter or the end; "" inside quotes is one quote.
 */
export function csvSplitter(): CsvSplitter {
  /** The record delimiter, once the first line break outside quotes says which. */
  let delimiter = '';
  /** Text of the current cell carried over from earlier chunks. */
  let cell = '';
  let cells: string[] = [];
  let quoting = false;
  let wasQuoting = false;
  /** 1 + the line breaks read (csv-parse counts both characters of a CRLF inside quotes). */
  let lines = 1;
  /** Whether the last character read was a line break, which csv-parse counts only once it reads on. */
  let lastWasBreak = false;
  /** Line feeds inside the current record's cells: it started that many lines before it ends. */
  let recordLineFeeds = 0;
  /** The undecided end of the last chunk: a quote or a CR at its end needs what follows. */
  let rest = '';

  function split(text: string, end: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    const length = text.length;
    const limit = end ? length : decidedUpTo(text);
    let at = 0;
    let from = 0;
    while (at < limit) {
      let code = text.charCodeAt(at);
      if (quoting) {
        // Inside quotes only a quote and line breaks matter.
        while (code !== QUOTE && code !== LF && code !== CR && ++at < limit) code = text.charCodeAt(at);
        if (at === limit) {
          lastWasBreak = false;
          break;
        }
        if (code !== QUOTE) {
          lines++;
          if (code === LF) recordLineFeeds++;
          lastWasBreak = true;
          at++;
          continue;
        }
        lastWasBreak = false;
        const next = text.charCodeAt(at + 1);
        if (next === QUOTE) {
          cell += text.slice(from, at + 1);
          at += 2;
          from = at;
          continue;
        }
        if (at + 1 === length || next === COMMA || delimiterAt(text, at + 1) > 0) {
          cell += text.slice(from, at);
          quoting = false;
          wasQuoting = true;
          from = ++at;
          continue;
        }
        const byte = Buffer.from(String.fromCodePoint(text.codePointAt(at + 1)!))[0]!;
        throw new CsvSyntaxError(
          'CSV_INVALID_CLOSING_QUOTE',
          `Invalid Closing Quote: got "${String.fromCharCode(byte)}" at line ${lines} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
          lines,
        );
      }
      if (code !== COMMA && code !== QUOTE && code !== LF && code !== CR) {
        while (++at < limit) {
          code = text.charCodeAt(at);
          if (code === COMMA || code === QUOTE || code === LF || code === CR) break;
        }
        lastWasBreak = false;
        continue;
      }
      if (code === COMMA) {
        cells.push(cell ? cell + text.slice(from, at) : text.slice(from, at));
        cell = '';
        wasQuoting = false;
        from = ++at;
        lastWasBreak = false;
        continue;
      }
      if (code === QUOTE) {
        if (cell.length > 0 || at > from) {
          const value = cell + text.slice(from, at);
          throw new CsvSyntaxError(
            'INVALID_OPENING_QUOTE',
            `Invalid Opening Quote: a quote is found on field ${cells.length} at line ${lines}, value is ${JSON.stringify(value)}${value === '\ufeff' ? ' (utf8 bom)' : ''}`,
            lines,
          );
        }
        quoting = true;
        from = ++at;
        lastWasBreak = false;
        continue;
      }
      const breakLength = delimiterAt(text, at);
      if (breakLength === 0) {
        // A line break that is not the file's record delimiter is part of the cell.
        if (code === LF) recordLineFeeds++;
      } else if (wasQuoting || cells.length > 0 || cell.length > 0 || at > from) {
        cells.push(cell ? cell + text.slice(from, at) : text.slice(from, at));
        records.push({ cells, line: lines - recordLineFeeds });
        cells = [];
        cell = '';
        wasQuoting = false;
        recordLineFeeds = 0;
      }
      lines++;
      lastWasBreak = true;
      at += Math.max(breakLength, 1);
      if (breakLength > 0) from = at;
    }
    if (quoting || at > from) {
      cell += text.slice(from, at);
      from = at;
    }
    rest = text.slice(from);
    return records;
  }

  /**
   * The last record, from what the last chunk left. Not in split: code that split reached only at
   * the end of a file made V8 throw its optimised code away at the end of every file.
   */
  function finish(records: CsvRecord[]): CsvRecord[] {
    // csv-parse has not yet counted a line break read last.
    if (lastWasBreak) lines--;
    if (quoting) throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', `Quote Not Closed: the parsing is finished with an opening quote at line ${lines}`, lines);
    if (wasQuoting || cells.length > 0 || cell.length > 0) {
      cells.push(cell);
      records.push({ cells, line: lines - recordLineFeeds });
    }
    return records;
  }

  /**
   * Where the characters that can be read without the next chunk end: a quote needs the two after
   * it (another quote, or a comma or line break that closes it), a CR the one after it (an LF?).
   * Most chunks end elsewhere, so that nothing is carried over and the next is read as it came.
   */
  function decidedUpTo(text: string): number {
    const length = text.length;
    if (text.charCodeAt(length - 2) === QUOTE) return length - 2;
    const last = text.charCodeAt(length - 1);
    return last === QUOTE || last === CR ? length - 1 : length;
  }

  /** The length of the record delimiter at `at`, 0 if there is none (deciding it if still unknown). */
  function delimiterAt(text: string, at: number): number {
    const code = text.charCodeAt(at);
    if (!delimiter) {
      if (code !== LF && code !== CR) return 0;
      delimiter = code === LF ? '\n' : text.charCodeAt(at + 1) === LF ? '\r\n' : '\r';
    }
    if (delimiter === '\n') return code === LF ? 1 : 0;
    if (delimiter === '\r') return code === CR ? 1 : 0;
    return code === CR && text.charCodeAt(at + 1) === LF ? 2 : 0;
  }

  return {
    push: (text) => split(rest ? rest + text : text, false),
    end: () => finish(split(rest, true)),
  };
}
