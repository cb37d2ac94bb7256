import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { actorRef, type Context, inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { readinessType2 } from '../readiness/readiness.ts';
import { type2StatusText } from '../readiness/status-text.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { controlMatrix, controlMatrixCsv } from './control-matrix.ts';
import { checkedWindow, type ExportWindow } from './export-window.ts';
import { populationFile } from './population.ts';
import { populationKinds } from './population-kinds.ts';
import { populationCsv, populations } from './populations.ts';
import { type PackageContents, packageIndexHtml } from './package-index.ts';
import { PackageWriter } from './package-writer.ts';
import { policiesInForce } from './policies-in-force.ts';
import { writeEvidence } from './write-evidence.ts';

export const VERIFIER = path.join(import.meta.dirname, 'verifier', 'verify.mjs');

export interface PackageProgress {
  /** The file being written. */
  file: string;
  /** Files written before it. */
  files: number;
  /** Their bytes, before compression. */
  bytes: number;
}

export interface PackageSummary {
  window: { from: string; to: string; timeZone: string };
  /** Files in the package, manifest.json included. */
  files: number;
  /** Their bytes, before compression. */
  bytes: number;
  /** The ZIP's own size. */
  zipBytes: number;
  manifestSha256: string;
  /** The log's slice in the package, or null when the window has no events. */
  events: { first: number; last: number } | null;
  /** The exports.package.created event that records the package. */
  eventSeq: number;
}

/** Each control's Type 2 status over the window, in words. */
async function type2Statuses(ctx: Context, window: { from: string; to: string }): Promise<Map<string, string>> {
  const { controls } = await readinessType2(ctx, { from: window.from, to: window.to });
  return new Map(controls.map((result) => [result.control.id, type2StatusText(result)]));
}

/**
 * The auditor package for a window, as one ZIP streamed into `output`: index.html, the control
 * matrix, every population of the window as CSV, the PDFs of the policies in force, the log's slice
 * with its signatures, the attachments it names, verify.mjs, and manifest.json with the SHA-256 of
 * every file, all read from one snapshot of the database. Memory stays flat whatever the
 * workspace's size: every file is streamed, page by page. Once the output has it all, the package
 * is recorded in the log, in its own transaction: who made or downloaded which package (by the
 * SHA-256 of its manifest), and when.
 */
export async function buildAuditorPackage(ctx: Context, input: { from?: string; to?: string }, output: Writable, onProgress?: (progress: PackageProgress) => void): Promise<PackageSummary> {
  const window = await checkedWindow(ctx, input);
  const made = { createdAt: ctx.now().toISOString(), createdBy: actorRef(ctx.actor) };
  const writer: PackageWriter = new PackageWriter(output, { mtime: ctx.now(), onChunk: (file) => onProgress?.({ file, files: writer.files.length, bytes: writer.bytes }) });
  try {
    // Every file from one snapshot: a write made while the package streams is in none of them,
    // so the populations, the log's slice and the statuses agree with one another.
    const { manifest, manifestSha256, slice } = await ctx.readSnapshot((db) => writeFiles({ ...ctx, db }, writer, window, made));
    await writer.finish();
    const events = slice.firstSeq === null ? null : { first: slice.firstSeq, last: slice.lastSeq! };
    const summary = { window: manifest.window, files: writer.files.length, bytes: writer.bytes, zipBytes: writer.zipBytes, manifestSha256, events };
    const recorded = await inTransaction(ctx, (tx) => appendEvent(tx, { action: 'exports.package.created', subject: { type: 'auditor-package', id: manifestSha256 }, data: { ...summary } }));
    return { ...summary, eventSeq: recorded.seq };
  } catch (error) {
    writer.abort(error as Error);
    throw error;
  }
}

/** Every file of the package, manifest.json last, read through `read`. */
async function writeFiles(read: Context, writer: PackageWriter, window: ExportWindow, made: { createdAt: string; createdBy: string }) {
  const { name } = await getWorkspace(read);
  const cited = { min: Infinity, max: -Infinity };
  const cite = (seq: number | null | undefined) => {
    if (!seq) return;
    cited.min = Math.min(cited.min, seq);
    cited.max = Math.max(cited.max, seq);
  };
  const written: PackageContents['populations'] = [];
  for (const kind of populationKinds) {
    const population = populations[kind];
    let rows = 0;
    const file = populationFile(kind);
    await writer.add(file, populationCsv(population, { ctx: read, window, cite }, (n) => (rows += n)));
    written.push({ population, file, rows });
  }
  const { evidence, attachments } = await writeEvidence(read, writer, window, cited.min === Infinity ? null : cited);
  const policies: PackageContents['policies'] = [];
  // PDF drawing (pdfkit and its fonts, some 30 MB) is loaded only now, after the large files.
  const { policyPdf } = await import('../policies/policy-pdf.ts');
  for (const record of await policiesInForce(read, window)) {
    const file = `policies/${record.policy.id}-v${record.version.version}.pdf`;
    await writer.add(file, policyPdf(record));
    policies.push({ file, record });
  }
  // Last: readiness reads every checklist and acknowledgement, and only its statuses are kept.
  const matrix = controlMatrix(await type2Statuses(read, window));
  await writer.add('control-matrix.csv', controlMatrixCsv(matrix));
  await writer.add('verify.mjs', await readFile(VERIFIER));
  const contents: PackageContents = { workspace: name, window, ...made, matrix, populations: written, policies, attachments, evidence, files: [...writer.files] };
  await writer.add('index.html', packageIndexHtml(contents));
  const manifest = {
    format: 'groundwork-auditor-package/1',
    workspace: name,
    window: { from: window.from, to: window.to, timeZone: window.timeZone },
    ...made,
    files: [...writer.files],
  };
  const { sha256: manifestSha256 } = await writer.add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, manifestSha256, slice: evidence.slice };
}
