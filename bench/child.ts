/**
 * Runs one timed task in its own process, so the peak memory it reports is the task's own.
 * Usage: node bench/child.ts <task> <n>   (workspace from the environment)
 * Prints {"seconds": …, "peakRssMb": …} on stdout.
 */
import { loadConfig } from '../src/config.ts';
import { openWorkspace } from '../src/open-workspace.ts';
import { appendInBatches, plainInsertsInBatches, readAndHash, seedChain, verify } from './evidence.ts';
import { anonymousHealthChecks, signedInReads } from './identity.ts';
import { readChecklistRows, reportLeavers } from './people.ts';

type Workspace = Awaited<ReturnType<typeof openWorkspace>>;
/** Prepares, untimed, and returns the timed part. */
type Task = (workspace: Workspace) => Promise<() => Promise<void>>;
const timed = (work: (workspace: Workspace) => Promise<void>): Task => async (workspace) => () => work(workspace);

const [task, count] = process.argv.slice(2);
const n = Number(count);
const tasks: Record<string, Task> = {
  'append-1': timed((w) => appendInBatches(w, n, 1)),
  'append-100': timed((w) => appendInBatches(w, n, 100)),
  'plain-1': timed((w) => plainInsertsInBatches(w, n, 1)),
  'plain-100': timed((w) => plainInsertsInBatches(w, n, 100)),
  seed: timed((w) => seedChain(w, n)),
  verify: timed((w) => verify(w)),
  'read-and-hash': timed((w) => readAndHash(w)),
  'signed-in-reads': (w) => signedInReads(w, n),
  'health-checks': (w) => anonymousHealthChecks(w, n),
  'people-report': (w) => reportLeavers(w, n),
  'read-checklists': (w) => readChecklistRows(w, n),
};
const run = task ? tasks[task] : undefined;
if (!run || !Number.isInteger(n)) {
  process.stderr.write(`usage: node bench/child.ts <${Object.keys(tasks).join('|')}> <n>\n`);
  process.exit(2);
}
const workspace = await openWorkspace(loadConfig());
const work = await run(workspace);
const started = process.hrtime.bigint();
await work();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await workspace.close();
process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
