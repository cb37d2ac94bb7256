import { invalidInput } from '../../errors.ts';

/**
 * The text of a file chunk by chunk, one chunk held at a time, refusing what is not UTF-8 text: a
 * binary file (a spreadsheet is a ZIP, an image), or text saved as UTF-16 or Latin-1.
 * `name` names the file in errors ("report.csv", or "report.json Content" for an embedded file).
 */
export async function* utf8Text(name: string, chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let line = 1;
  let first = true;
  const checked = (text: string) => {
    const nul = text.indexOf('\0');
    if (nul !== -1) throw invalidInput(`${name} is a binary file, not a text export`, `${name} line ${line + newlines(text.slice(0, nul))}`);
    // A replacement character is what a byte that is not UTF-8 decodes to.
    const bad = text.indexOf('\ufffd');
    if (bad !== -1) throw invalidInput(`${name} is not UTF-8 text; export it again as UTF-8`, `${name} line ${line + newlines(text.slice(0, bad))}`);
    line += newlines(text);
    return text;
  };
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text) {
      text = text.replace(/^\ufeff/, '');
      first = false;
    }
    if (text) yield checked(text);
  }
  const rest = decoder.decode();
  if (rest) yield checked(rest);
}

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
