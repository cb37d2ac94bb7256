/**
 * Runs one timed task in its own process, so the peak memory it reports is the task's own.
 * Usage: node bench/child.ts <task> <n>   (workspace from the environment)
 * Prints {"seconds": …, "peakRssMb": …} on stdout.
 */
import { loadConfig } from '../src/config.ts';
import { openWorkspace } from '../src/open-workspace.ts';
import { appendInBatches, plainInsertsInBatches, readAndHash, seedChain, verify } from './evidence.ts';

const [task, count] = process.argv.slice(2);
const n = Number(count);
const tasks: Record<string, (workspace: Awaited<ReturnType<typeof openWorkspace>>) => Promise<void>> = {
  'append-1': (w) => appendInBatches(w, n, 1),
  'append-100': (w) => appendInBatches(w, n, 100),
  'plain-1': (w) => plainInsertsInBatches(w, n, 1),
  'plain-100': (w) => plainInsertsInBatches(w, n, 100),
  seed: (w) => seedChain(w, n),
  verify: (w) => verify(w),
  'read-and-hash': (w) => readAndHash(w),
};
const run = task ? tasks[task] : undefined;
if (!run || !Number.isInteger(n)) {
  process.stderr.write(`usage: node bench/child.ts <${Object.keys(tasks).join('|')}> <n>\n`);
  process.exit(2);
}
const workspace = await openWorkspace(loadConfig());
const started = process.hrtime.bigint();
await run(workspace);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await workspace.close();
process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
