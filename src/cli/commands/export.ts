import { open, rm } from 'node:fs/promises';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../../config.ts';
import { buildAuditorPackage, type PackageProgress, type PackageSummary } from '../../exports/build-auditor-package.ts';
import { checkedWindow } from '../../exports/export-window.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor, type Command } from '../command.ts';
import { optionsFor } from '../options.ts';
import { remoteDownload, type RemoteServer, remoteServer } from '../remote.ts';

const USAGE = `groundwork export [--from DATE --to DATE] --out FILE.zip [--json]
  the auditor package of a window, as one ZIP: index.html to browse offline, the control matrix, every
  population of the window as CSV (hires, leavers, access reviews and their decisions, policy approvals
  and reviews, acknowledgements, obligations due) and the people, systems and asset inventories, each
  control's Type 2 status over the window, the PDFs of the policies in force, the evidence log's
  slice with its signatures and attachments, verify.mjs, and manifest.json with every file's SHA-256.
DATE is YYYY-MM-DD in the workspace's time zone; the window ends today at the latest. Without dates:
  the audit window (groundwork audit window), up to today, else the twelve months to today.
Check a package with: unzip FILE.zip -d DIR && node DIR/verify.mjs
With GROUNDWORK_URL and GROUNDWORK_TOKEN it downloads the package from that server as the token's user.`;
const { usageError, option, required } = optionsFor(USAGE);

/** The dates asked for; neither means the audit window, or the twelve months to today. */
type Window = { from?: string; to?: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A line on stderr redrawn in place, at most every 100 ms, only when a person is watching. */
function liveLine(): { update(text: string): void; end(): void } {
  let drawnAt = 0;
  return {
    update(text) {
      if (!process.stderr.isTTY || Date.now() - drawnAt < 100) return;
      drawnAt = Date.now();
      process.stderr.write(`\r${text}\u001b[K`);
    },
    end: () => drawnAt > 0 && process.stderr.write('\r\u001b[K'),
  };
}

/** A new file for the package, never overwriting one; removed again if the export fails. */
async function newFile(file: string): Promise<{ stream: Writable; discard(): Promise<void> }> {
  const handle = await open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
    throw usageError(error.code === 'EEXIST' ? `${file} already exists; choose another name` : `cannot write ${file} (${error.code})`, '--out');
  });
  return { stream: handle.createWriteStream(), discard: () => rm(file, { force: true }) };
}

async function exportLocally(window: Window, out: string, quiet: boolean): Promise<PackageSummary> {
  const workspace = await openWorkspace(loadConfig());
  try {
    const ctx = workspace.context(cliActor());
    const { from, to } = await checkedWindow(ctx, window);
    const file = await newFile(out);
    const line = liveLine();
    const progress = ({ file: writing, files, bytes }: PackageProgress) => line.update(`writing ${writing} · ${files} files, ${megabytes(bytes)} so far`);
    try {
      return await buildAuditorPackage(ctx, { from, to }, file.stream, quiet ? undefined : progress);
    } catch (error) {
      await file.discard();
      throw error;
    } finally {
      line.end();
    }
  } finally {
    await workspace.close();
  }
}

async function exportRemotely(server: RemoteServer, window: Window, out: string, quiet: boolean): Promise<{ file: string; zipBytes: number }> {
  const file = await newFile(out);
  const line = liveLine();
  let zipBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      zipBytes += chunk.length;
      if (!quiet) line.update(`downloading · ${megabytes(zipBytes)}`);
      done(null, chunk);
    },
  });
  const saved = pipeline(counter, file.stream);
  try {
    await remoteDownload(server, `/api/exports/package.zip?${new URLSearchParams(Object.entries(window).filter((entry): entry is [string, string] => entry[1] !== undefined))}`, counter);
    await saved;
    return { file: out, zipBytes };
  } catch (error) {
    counter.destroy();
    await saved.catch(() => {});
    await file.discard();
    throw error;
  } finally {
    line.end();
  }
}

export const exportPackage: Command = {
  usage: USAGE,
  options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  remote: true,
  async run(io) {
    if (io.args.length > 0) throw usageError(`unexpected argument "${io.args[0]}"`, io.args[0]!);
    const window = { from: option(io, 'from'), to: option(io, 'to') };
    const out = required(io, 'out');
    const server = remoteServer();
    if (server) {
      const downloaded = await exportRemotely(server, window, out, io.json);
      io.emit(downloaded, () => `wrote ${out} (${megabytes(downloaded.zipBytes)}) from ${server.url}\ncheck it with: unzip ${out} -d DIR && node DIR/verify.mjs`);
      return 0;
    }
    const summary = await exportLocally(window, out, io.json);
    io.emit({ file: out, ...summary }, () =>
      [
        `wrote ${out}: ${summary.files} files, ${megabytes(summary.bytes)} (${megabytes(summary.zipBytes)} zipped), ${summary.window.from} to ${summary.window.to} (${summary.window.timeZone})`,
        summary.events ? `evidence log events ${summary.events.first} to ${summary.events.last}` : 'no evidence event in the window',
        `manifest.json SHA-256 ${summary.manifestSha256}, recorded as event ${summary.eventSeq}`,
        `check it with: unzip ${out} -d DIR && node DIR/verify.mjs`,
      ].join('\n'),
    );
    return 0;
  },
};
