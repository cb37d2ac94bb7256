import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AccountFormat, SourceFile } from '../src/accounts/account-record.ts';

// The heap also holds garbage until V8 decides to collect it, which says little about what a reader
// keeps; a collection before each measure leaves what it keeps.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Reads every account, measuring the live heap every 10,000, and returns how far it grew above where it started, in MB. */
export async function readRetained(format: AccountFormat, files: SourceFile[]): Promise<{ count: number; heapGrowthMb: number }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let count = 0;
  for await (const _ of format.read(files)) {
    if (++count % 10_000 !== 0) continue;
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { count, heapGrowthMb: (peak - before) / 2 ** 20 };
}
