import { Readable } from 'node:stream';
import type { SourceFile } from '../src/accounts/account-record.ts';

/** A large CSV made on the fly, never held whole: the header line, then `count` rows from `row`, in chunks of 1,000 rows. */
export function generatedCsv(name: string, header: string, row: (i: number) => string, count: number): SourceFile {
  async function* chunks() {
    yield `${header}\n`;
    for (let start = 0; start < count; start += 1000) {
      const rows: string[] = [];
      for (let i = start; i < Math.min(count, start + 1000); i++) rows.push(`${row(i)}\n`);
      yield rows.join('');
    }
  }
  return { name, open: () => Readable.from(chunks()) };
}
