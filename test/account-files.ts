import path from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AccountFormat, AccountRecord, SourceFile } from '../src/accounts/account-record.ts';
import { fileSource } from '../src/accounts/source-file.ts';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/accounts');

/** A file of test/fixtures/accounts/, named as it is there. */
export function fixtureFile(name: string): SourceFile {
  return fileSource(path.join(fixtures, name));
}

export { headOf, textSource as textFile } from '../src/accounts/source-file.ts';

export async function readAccounts(format: AccountFormat, files: SourceFile[]): Promise<AccountRecord[]> {
  const accounts: AccountRecord[] = [];
  for await (const account of format.read(files)) accounts.push(account);
  return accounts;
}

/**
 * A large file made on the fly, never held whole: `head`, then `count` items from `item` joined by
 * `separator`, then `tail`, in chunks of 1,000 items.
 */
export function generatedFile(name: string, head: string, item: (i: number) => string, count: number, tail: string, separator = ',\n'): SourceFile {
  async function* chunks() {
    yield head;
    for (let start = 0; start < count; start += 1000) {
      const items: string[] = [];
      for (let i = start; i < Math.min(count, start + 1000); i++) items.push(item(i));
      yield (start > 0 ? separator : '') + items.join(separator);
    }
    yield tail;
  }
  return { name, open: () => Readable.from(chunks()) };
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Reads every account and measures how far the memory the reader keeps grew above where it started,
 * in MB: the heap after a garbage collection every 20,000 accounts.
 */
export async function readMeasured(format: AccountFormat, files: SourceFile[]): Promise<{ count: number; heapGrowthMb: number }> {
  const heapUsed = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const before = heapUsed();
  let peak = before;
  let count = 0;
  for await (const _ of format.read(files)) if (++count % 20_000 === 0) peak = Math.max(peak, heapUsed());
  return { count, heapGrowthMb: (peak - before) / 2 ** 20 };
}
