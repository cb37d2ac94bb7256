/**
 * Runs one timed task in its own process, so the peak memory it reports is the task's own.
 * Usage: node bench/child.ts <task> <n>   (workspace from the environment)
 * Prints {"seconds": …, "peakRssMb": …} on stdout, with any figures the task measured itself.
 */
import { loadConfig } from '../src/config.ts';
import { openWorkspace } from '../src/open-workspace.ts';

type Workspace = Awaited<ReturnType<typeof openWorkspace>>;
/** Figures a task measures itself, such as latency percentiles. */
type Figures = Record<string, number>;
/** Prepares, untimed, and returns the timed part. */
type Task = (workspace: Workspace) => Promise<() => Promise<Figures | void>>;
const timed = (work: (workspace: Workspace) => Promise<Figures | void>): Task => async (workspace) => () => work(workspace);
/** A task whose module is imported only when it runs: otherwise every task's peak memory would include every benchmark's code (the HTTP app alone is 90 MB). */
const from = <M>(load: () => Promise<M>, task: (module: M) => Task): Task => async (workspace) => task(await load())(workspace);
const evidence = () => import('./evidence.ts');
const identity = () => import('./identity.ts');
const people = () => import('./people.ts');
const accounts = () => import('./accounts.ts');
const reviews = () => import('./reviews.ts');
const exportsBench = () => import('./exports.ts');
const accountList = () => import('./account-list.ts');

const [task, count] = process.argv.slice(2);
const n = Number(count);
const tasks: Record<string, Task> = {
  'append-1': from(evidence, (m) => timed((w) => m.appendInBatches(w, n, 1))),
  'append-100': from(evidence, (m) => timed((w) => m.appendInBatches(w, n, 100))),
  'plain-1': from(evidence, (m) => timed((w) => m.plainInsertsInBatches(w, n, 1))),
  'plain-100': from(evidence, (m) => timed((w) => m.plainInsertsInBatches(w, n, 100))),
  seed: from(evidence, (m) => timed((w) => m.seedChain(w, n))),
  verify: from(evidence, (m) => timed((w) => m.verify(w))),
  'read-and-hash': from(evidence, (m) => timed((w) => m.readAndHash(w))),
  'signed-in-reads': from(identity, (m) => (w) => m.signedInReads(w, n)),
  'health-checks': from(identity, (m) => (w) => m.anonymousHealthChecks(w, n)),
  'people-report': from(people, (m) => (w) => m.reportLeavers(w, n)),
  'read-checklists': from(people, (m) => (w) => m.readChecklistRows(w, n)),
  'import-accounts': from(accounts, (m) => (w) => m.importExports(w, n)),
  'insert-accounts': from(accounts, (m) => (w) => m.insertRows(w, n)),
  'review-seed': from(reviews, (m) => timed((w) => m.seedReview(w, n))),
  'review-pages': from(reviews, (m) => (w) => m.reviewPages(w)),
  'plain-pages': from(reviews, (m) => (w) => m.plainPages(w)),
  'exports-seed': from(exportsBench, (m) => timed((w) => m.seedLargeWorkspace(w, n))),
  'exports-package': from(exportsBench, (m) => (w) => m.writePackage(w)),
  'exports-zip-baseline': from(exportsBench, (m) => (w) => m.zipSameFiles(w)),
  'account-list-seed': from(accountList, (m) => timed((w) => m.seedAccountList(w, n))),
  'account-list-first-pages': from(accountList, (m) => (w) => m.firstPages(w)),
  'account-list-pages': from(accountList, (m) => (w) => m.accountPages(w)),
  'account-list-plain-pages': from(accountList, (m) => (w) => m.plainAccountPages(w)),
};
const run = task ? tasks[task] : undefined;
if (!run || !Number.isInteger(n)) {
  process.stderr.write(`usage: node bench/child.ts <${Object.keys(tasks).join('|')}> <n>\n`);
  process.exit(2);
}
const workspace = await openWorkspace(loadConfig());
const work = await run(workspace);
const started = process.hrtime.bigint();
const figures = await work();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await workspace.close();
process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...figures })}\n`);
