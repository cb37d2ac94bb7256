import { Assembler } from 'stream-json/assembler.js';
import { jsonParser, type Token } from 'stream-json/parser.js';
import { type AppError, invalidInput } from '../../errors.ts';
import type { SourceFile } from '../account-record.ts';
import { utf8Text } from './utf8-text.ts';

/** What to do with a member of the top-level object: stream the items of its list, keep its whole value, or pass over it. */
export type MemberUse = 'list' | 'value' | 'skip';

/**
 * An item of a list (`list` null: the top-level array) or a kept member of the top-level object,
 * with the line it starts on.
 */
export type JsonEntry = JsonItem | { kind: 'member'; key: string; value: unknown; line: number };
export type JsonItem = { kind: 'item'; list: string | null; index: number; value: unknown; line: number };

/**
 * Streams a JSON file as entries, holding those of one chunk at a time: the items of a top-level
 * array, or of the lists in a top-level object (`use` says which members are lists), and the members
 * kept whole. `expected` says what the file should be, for errors ("Okta users (JSON)").
 */
export async function* jsonEntries(file: SourceFile, expected: string, use: (key: string) => MemberUse): AsyncGenerator<JsonEntry> {
  const tokenize = jsonParser({ streamValues: false });
  const walker = new Walker(file.name, expected, use);
  let line = 1;
  const tokens = (text: string) => {
    try {
      const out = tokenize(text);
      return typeof out === 'object' ? out.values : [];
    } catch (error) {
      throw invalidInput(`${file.name} is not ${expected}: it is not valid JSON on line ${line} (${(error as Error).message.replace(/^Parser (cannot parse input: |has )/, '')})`, `${file.name} line ${line}`);
    }
  };
  for await (const text of utf8Text(file.name, file.open())) {
    // A token never spans lines (JSON strings cannot hold a raw newline), so feeding the text a line
    // at a time tells the line each token is on; a minified file is one long line fed in chunks.
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline + 1;
      for (const token of tokens(text.slice(start, end))) walker.token(token, line);
      if (newline !== -1) line++;
      start = end;
    }
    yield* walker.take();
  }
  walker.end(line);
}

/** The items of a file that is one JSON list. */
export async function* jsonListItems(file: SourceFile, expected: string): AsyncGenerator<JsonItem> {
  const notList = (): never => {
    throw invalidInput(`${file.name} is a JSON object, not ${expected}`, file.name);
  };
  for await (const entry of jsonEntries(file, expected, notList)) if (entry.kind === 'item') yield entry;
}

/**
 * A string value as a copy that shares no memory with the text it was read from (structuredClone
 * copies strings). The parser's values are slices of the text it was given; an id kept to refuse
 * duplicates would otherwise keep alive the whole chunk of the file it came from, and so every chunk.
 */
const own = (token: Token): Token => (token.name === 'stringValue' ? { name: 'stringValue', value: structuredClone(token.value) } : token);

class Walker {
  private readonly entries: JsonEntry[] = [];
  private depth = 0;
  private top: 'array' | 'object' | null = null;
  private key = '';
  private list: string | null = null;
  private index = 0;
  /** The value being assembled or passed over, and the depth it started at. */
  private value: { asm: Assembler | null; depth: number; line: number; list: string | null } | null = null;
  private readonly file: string;
  private readonly expected: string;
  private readonly use: (key: string) => MemberUse;

  constructor(file: string, expected: string, use: (key: string) => MemberUse) {
    this.file = file;
    this.expected = expected;
    this.use = use;
  }

  take(): JsonEntry[] {
    return this.entries.splice(0);
  }

  token(token: Token, line: number): void {
    const opens = token.name === 'startObject' || token.name === 'startArray';
    const closes = token.name === 'endObject' || token.name === 'endArray';
    if (this.value) return this.continueValue(token, opens, closes);
    if (this.depth === 0) {
      if (!opens) throw this.error(`holds a single JSON value, not ${this.expected}`, line);
      this.top = token.name === 'startArray' ? 'array' : 'object';
      this.depth = 1;
    } else if (closes) {
      if (this.depth === 2) this.list = null;
      this.depth--;
    } else if (this.depth === 1 && this.top === 'object') {
      if (token.name === 'keyValue') this.key = structuredClone(token.value);
      else this.startMember(token, line, opens);
    } else {
      this.startValue(token, line, opens, new Assembler(), this.list);
    }
  }

  end(line: number): void {
    if (!this.top) throw this.error(`is empty; it should hold ${this.expected}`, line);
    if (this.depth > 0) throw this.error('ends in the middle of its JSON: the file is cut short', line);
  }

  private startMember(token: Token, line: number, opens: boolean): void {
    const use = this.use(this.key);
    if (use !== 'list') return this.startValue(token, line, opens, use === 'value' ? new Assembler() : null, null);
    if (token.name !== 'startArray') throw this.error(`has a "${this.key}" that is not a list`, line);
    this.list = this.key;
    this.index = 0;
    this.depth = 2;
  }

  private startValue(token: Token, line: number, opens: boolean, asm: Assembler | null, list: string | null): void {
    this.value = { asm, depth: this.depth, line, list };
    this.continueValue(token, opens, false);
  }

  private continueValue(token: Token, opens: boolean, closes: boolean): void {
    const value = this.value!;
    value.asm?.consume(own(token));
    this.depth += opens ? 1 : closes ? -1 : 0;
    if (this.depth !== value.depth) return;
    this.value = null;
    if (!value.asm) return;
    if (this.depth === 1 && this.top === 'object') this.entries.push({ kind: 'member', key: this.key, value: value.asm.current, line: value.line });
    else this.entries.push({ kind: 'item', list: value.list, index: this.index++, value: value.asm.current, line: value.line });
  }

  private error(problem: string, line: number): AppError {
    return invalidInput(`${this.file} ${problem}`, `${this.file} line ${line}`);
  }
}
