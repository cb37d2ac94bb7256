/**
 * `npm run bench [-- [--quick] [--only=accounts,reviews]]`: every benchmark on every engine that
 * answers (or only those whose names start with one of --only's), one JSON line per figure on
 * stdout, each beside a baseline measured in the same run. --quick runs a tenth of the size.
 * PostgreSQL: BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const quick = process.argv.includes('--quick');
const scale = (n: number) => (quick ? n / 10 : n);
const postgresBase = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const child = path.join(import.meta.dirname, 'child.ts');
/**
 * Every task runs as `npm start` and the groundwork command run Groundwork: with V8's young
 * generation capped at 16 MB a half, which keeps a streaming import's peak memory flat (without it
 * V8 grows it to 128 MB under an import's allocation rate) at no measurable cost in time.
 */
const RUNTIME_FLAGS = ['--max-semi-space-size=16'];

interface Measured {
  seconds: number;
  peakRssMb: number;
  /** Figures the task measured itself, such as latency percentiles. */
  [figure: string]: number;
}

/** A fresh, empty workspace for one benchmark; its environment, and how to remove it. */
async function freshWorkspace(engine: string): Promise<{ env: NodeJS.ProcessEnv; remove(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'groundwork-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, GROUNDWORK_DATA_DIR: dataDir, DATABASE_URL: '' };
  let schema: string | undefined;
  if (engine === 'postgres') {
    schema = `gw_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    const url = new URL(postgresBase);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
  }
  return {
    env,
    remove: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (schema) await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresBase, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function measure(task: string, n: number, env: NodeJS.ProcessEnv): Measured {
  const result = spawnSync(process.execPath, [...RUNTIME_FLAGS, child, task, String(n)], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`bench task ${task} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Measured;
}

function report(bench: string, engine: string, n: number, subject: Measured, baseline: Measured, extra: Record<string, number> = {}): void {
  const line = {
    bench,
    engine,
    n,
    seconds: round(subject.seconds),
    baselineSeconds: round(baseline.seconds),
    ratio: round(subject.seconds / baseline.seconds),
    peakRssMb: subject.peakRssMb,
    ...extra,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Runs `task` in one fresh workspace and `baselineTask` in another, and reports them side by side. */
async function sideBySide(bench: string, engine: string, n: number, task: string, baselineTask: string, extra: (subject: Measured, baseline: Measured) => Record<string, number>): Promise<void> {
  const subject = await freshWorkspace(engine);
  const baseline = await freshWorkspace(engine);
  try {
    const measured = measure(task, n, subject.env);
    const compared = measure(baselineTask, n, baseline.env);
    report(bench, engine, n, measured, compared, extra(measured, compared));
  } finally {
    await subject.remove();
    await baseline.remove();
  }
}

function appendBenchmark(engine: string, batch: 1 | 100, n: number): Promise<void> {
  return sideBySide(batch === 1 ? 'evidence.append' : 'evidence.append.batch100', engine, n, `append-${batch}`, `plain-${batch}`, (appended) => ({ eventsPerSecond: Math.round(n / appended.seconds) }));
}

async function verifyBenchmark(engine: string, n: number): Promise<void> {
  const workspace = await freshWorkspace(engine);
  try {
    process.stderr.write(`seeding ${n.toLocaleString('en')} events on ${engine}…\n`);
    measure('seed', n, workspace.env);
    const baseline = measure('read-and-hash', n, workspace.env);
    const verified = measure('verify', n, workspace.env);
    report('evidence.verify', engine, n, verified, baseline, { eventsPerSecond: Math.round(n / verified.seconds), baselinePeakRssMb: baseline.peakRssMb });
  } finally {
    await workspace.remove();
  }
}

function requestBenchmark(engine: string, n: number): Promise<void> {
  return sideBySide('identity.signed_in_request', engine, n, 'signed-in-reads', 'health-checks', (signedIn, health) => ({ requestsPerSecond: Math.round(n / signedIn.seconds), baselinePeakRssMb: health.peakRssMb }));
}

function peopleReportBenchmark(engine: string, n: number): Promise<void> {
  return sideBySide('people.report', engine, n, 'people-report', 'read-checklists', (reported, read) => ({ leaversPerSecond: Math.round(n / reported.seconds), baselinePeakRssMb: read.peakRssMb }));
}

function accountImportBenchmark(engine: string, n: number): Promise<void> {
  return sideBySide('accounts.import', engine, n, 'import-accounts', 'insert-accounts', (imported, inserted) => ({ accountsPerSecond: Math.round(n / imported.seconds), baselinePeakRssMb: inserted.peakRssMb }));
}

/** One workspace for both: a system of n accounts in an open review, then the same number of page queries each way. */
async function reviewPageBenchmark(engine: string, n: number): Promise<void> {
  const workspace = await freshWorkspace(engine);
  try {
    process.stderr.write(`seeding a review of ${n.toLocaleString('en')} accounts on ${engine}…\n`);
    measure('review-seed', n, workspace.env);
    const baseline = measure('plain-pages', n, workspace.env);
    const pages = measure('review-pages', n, workspace.env);
    report('reviews.items_page', engine, n, pages, baseline, {
      queries: pages.queries!,
      p50Ms: pages.p50Ms!,
      p95Ms: pages.p95Ms!,
      maxMs: pages.maxMs!,
      baselineP50Ms: baseline.p50Ms!,
      baselineP95Ms: baseline.p95Ms!,
      baselineMaxMs: baseline.maxMs!,
    });
  } finally {
    await workspace.remove();
  }
}

/**
 * One workspace for all: a system of n accounts just imported; its first page (which computes the
 * list's flags) and the first after a change on their own, then the same number of page queries each way.
 */
async function accountListBenchmark(engine: string, n: number): Promise<void> {
  const workspace = await freshWorkspace(engine);
  try {
    process.stderr.write(`seeding a system of ${n.toLocaleString('en')} accounts on ${engine}…\n`);
    measure('account-list-seed', n, workspace.env);
    const first = measure('account-list-first-pages', n, workspace.env);
    const baseline = measure('account-list-plain-pages', n, workspace.env);
    const pages = measure('account-list-pages', n, workspace.env);
    report('accounts.list_page', engine, n, pages, baseline, {
      queries: pages.queries!,
      p50Ms: pages.p50Ms!,
      p95Ms: pages.p95Ms!,
      maxMs: pages.maxMs!,
      baselineP50Ms: baseline.p50Ms!,
      baselineP95Ms: baseline.p95Ms!,
      baselineMaxMs: baseline.maxMs!,
      firstPageMs: first.firstPageMs!,
      afterMappingMs: first.afterMappingMs!,
      firstPagesPeakRssMb: first.peakRssMb,
    });
  } finally {
    await workspace.remove();
  }
}

/**
 * One workspace for all: n events, n accounts in 200 systems reviewed in the window's quarters,
 * n / 100 people; the auditor package of its last twelve months, then the same files zipped.
 */
async function exportPackageBenchmark(engine: string, n: number): Promise<void> {
  const workspace = await freshWorkspace(engine);
  try {
    process.stderr.write(`seeding ${n.toLocaleString('en')} events and accounts and ${(n / 100).toLocaleString('en')} people on ${engine}…\n`);
    const seeded = measure('exports-seed', n, workspace.env);
    const written = measure('exports-package', n, workspace.env);
    const baseline = measure('exports-zip-baseline', n, workspace.env);
    report('exports.package', engine, n, written, baseline, {
      files: written.files!,
      megabytes: written.megabytes!,
      zipMegabytes: written.zipMegabytes!,
      baselinePeakRssMb: baseline.peakRssMb,
      seedSeconds: round(seeded.seconds),
    });
  } finally {
    await workspace.remove();
  }
}

async function postgresAnswers(): Promise<boolean> {
  try {
    await adminQuery('select 1');
    return true;
  } catch (error) {
    process.stderr.write(`PostgreSQL benchmarks SKIPPED: no server at ${postgresBase} (${(error as Error).message})\n`);
    return false;
  }
}

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const benchmarks: [name: string, run: (engine: string) => Promise<void>][] = [
  ['evidence.append', (engine) => appendBenchmark(engine, 1, scale(10_000))],
  ['evidence.append.batch100', (engine) => appendBenchmark(engine, 100, scale(100_000))],
  ['evidence.verify', (engine) => verifyBenchmark(engine, scale(1_000_000))],
  ['identity.signed_in_request', (engine) => requestBenchmark(engine, scale(20_000))],
  ['people.report', (engine) => peopleReportBenchmark(engine, scale(10_000))],
  ['accounts.import', (engine) => accountImportBenchmark(engine, scale(1_000_000))],
  ['reviews.items_page', (engine) => reviewPageBenchmark(engine, scale(50_000))],
  ['accounts.list_page', (engine) => accountListBenchmark(engine, scale(50_000))],
  ['exports.package', (engine) => exportPackageBenchmark(engine, scale(1_000_000))],
];
const engines = ['sqlite', ...((await postgresAnswers()) ? ['postgres'] : [])];
for (const engine of engines) {
  for (const [name, run] of benchmarks) if (!only || only.some((prefix) => name.startsWith(prefix))) await run(engine);
}
