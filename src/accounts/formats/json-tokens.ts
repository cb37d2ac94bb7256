import { none } from 'stream-chain/defs.js';
import { jsonParser, type ParserOptions, type Token } from 'stream-json/core/parser.js';
import { invalidInput } from '../../errors.ts';

export type { Token as JsonToken };

/**
 * Streams the tokens of a JSON document (one object or array) to `visit` with the line each is
 * on, and yields what `visit` returns. `visit` is synchronous: a large export has millions of
 * tokens, too many to await one by one. The text goes to the parser a line at a time, so a token
 * is on the line last given to it.
 */
export async function* jsonTokens<T>(name: string, text: AsyncIterable<string>, options: ParserOptions, visit: (token: Token, line: number) => T | undefined): AsyncGenerator<T> {
  // The parser finishes when given `none`, which its type leaves out.
  const parse = jsonParser(options) as (text: string | typeof none) => ReturnType<ReturnType<typeof jsonParser>>;
  let line = 1;
  let depth = 0;
  let blank = true;
  const found: T[] = [];
  const cutShort = (detail = '') => invalidInput(`${name} ends before its JSON does${detail}; is the file cut short?`, `${name} line ${line}`);
  const feed = (piece: string | typeof none) => {
    if (blank && typeof piece === 'string' && /\S/.test(piece)) blank = false;
    let tokens;
    try {
      tokens = parse(piece);
    } catch (error) {
      const detail = (error as Error).message.replace(/^Parser (cannot parse input: )?/, '');
      if (piece === none) throw cutShort(` (${detail})`);
      throw invalidInput(`${name} is not valid JSON: ${detail}`, `${name} line ${line}`);
    }
    if (typeof tokens === 'symbol') return;
    for (const token of tokens.values) {
      if (token.name === 'startObject' || token.name === 'startArray') depth++;
      else if (token.name === 'endObject' || token.name === 'endArray') depth--;
      else if (depth === 0) throw invalidInput(`${name} is not a JSON object or array`, `${name} line ${line}`);
      const value = visit(token, line);
      if (value !== undefined) found.push(value);
    }
  };
  for await (const chunk of text) {
    for (let start = 0; start < chunk.length; ) {
      const end = chunk.indexOf('\n', start);
      feed(end === -1 ? chunk.slice(start) : chunk.slice(start, end + 1));
      if (found.length > 0) yield* found.splice(0);
      if (end === -1) break;
      line++;
      start = end + 1;
    }
  }
  if (blank) throw invalidInput(`${name} is empty`, `${name} line 1`);
  feed(none);
  yield* found;
  if (depth > 0) throw cutShort();
}
