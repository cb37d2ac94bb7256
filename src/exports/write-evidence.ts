import { createReadStream, existsSync } from 'node:fs';
import type { Context } from '../context.ts';
import { attachmentPath } from '../evidence/store-attachment.ts';
import { type EvidenceSlice, evidenceSlice, sliceEvents } from './evidence-slice.ts';
import type { ExportWindow } from './export-window.ts';
import type { PackageContents } from './package-index.ts';
import type { PackageWriter } from './package-writer.ts';

const extensions: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/json': '.json',
  'application/zip': '.zip',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'text/csv': '.csv',
  'text/plain; charset=utf-8': '.txt',
};

/**
 * The log's slice for the window into the package: evidence/events.jsonl, evidence/log.json (the
 * slice and its signatures), the public key, and attachments/<sha256> for every attachment an
 * event of the slice names (with an extension where its content type gives one, so a browser opens it).
 */
export async function writeEvidence(ctx: Context, writer: PackageWriter, window: ExportWindow, cited: { min: number; max: number } | null): Promise<Pick<PackageContents, 'evidence' | 'attachments'>> {
  const slice: EvidenceSlice = await evidenceSlice(ctx, window, cited);
  const citedBy = new Map<string, number[]>();
  await writer.add(
    'evidence/events.jsonl',
    sliceEvents(ctx, slice, (seq, digests) => {
      for (const digest of digests) citedBy.get(digest)?.push(seq) ?? citedBy.set(digest, [seq]);
    }),
  );
  const key = ctx.evidence.signingKey;
  const log = {
    format: 'groundwork-evidence-slice/1',
    keyId: key.keyId,
    firstSeq: slice.firstSeq,
    lastSeq: slice.lastSeq,
    previousHash: slice.previousHash,
    window: { from: window.from, to: window.to, timeZone: window.timeZone, firstEvent: slice.window.first, lastEvent: slice.window.last },
    checkpoints: slice.checkpoints,
  };
  await writer.add('evidence/log.json', `${JSON.stringify(log, null, 2)}\n`);
  await writer.add('evidence/public-key.pem', key.publicKeyPem);

  const digests = [...citedBy.keys()].sort();
  const types = new Map<string, string>();
  for (let i = 0; i < digests.length; i += 500) {
    const rows = await ctx.db.selectFrom('attachments').select(['sha256', 'content_type']).where('sha256', 'in', digests.slice(i, i + 500)).execute();
    for (const row of rows) types.set(row.sha256, row.content_type);
  }
  const attachments: PackageContents['attachments'] = [];
  for (const sha256 of digests) {
    const stored = attachmentPath(ctx.evidence.attachmentsDir, sha256);
    // A file gone from the data directory is left out: verify.mjs names the event that cites it, as groundwork verify does.
    if (!existsSync(stored)) continue;
    const contentType = types.get(sha256) ?? 'application/octet-stream';
    const file = `attachments/${sha256}${extensions[contentType] ?? ''}`;
    await writer.add(file, createReadStream(stored));
    attachments.push({ file, sha256, contentType, events: citedBy.get(sha256)! });
  }
  const events = slice.firstSeq === null ? 0 : slice.lastSeq! - slice.firstSeq + 1;
  return { evidence: { slice, keyId: key.keyId, events }, attachments };
}
