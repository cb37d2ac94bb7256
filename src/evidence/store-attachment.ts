import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';

export interface StoredAttachment {
  sha256: string;
  sizeBytes: number;
  contentType: string;
}

const DIGEST = /^[0-9a-f]{64}$/;

export function attachmentPath(dir: string, sha256: string): string {
  if (!DIGEST.test(sha256)) throw invalidInput(`"${sha256}" is not a SHA-256 hex digest`, 'sha256');
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/**
 * Stores a file once, by the SHA-256 of its content, and records its size and sniffed content
 * type in the caller's transaction. The file is written before the transaction commits; if it
 * rolls back, the file stays behind unreferenced, which is harmless (same content, same name).
 */
export async function storeAttachment(ctx: Context, bytes: Uint8Array, fileName = 'attachment'): Promise<StoredAttachment> {
  const max = ctx.evidence.maxAttachmentBytes;
  if (bytes.byteLength === 0) throw invalidInput(`${fileName} is empty`, fileName);
  if (bytes.byteLength > max) {
    throw invalidInput(`${fileName} is ${mb(bytes.byteLength)} MB; attachments may be at most ${mb(max)} MB`, fileName);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = attachmentPath(ctx.evidence.attachmentsDir, sha256);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, bytes, { mode: 0o440 });
  renameSync(temporary, file);
  const stored = { sha256, sizeBytes: bytes.byteLength, contentType: await sniffContentType(bytes) };
  await ctx.db
    .insertInto('attachments')
    .values({ sha256, size_bytes: stored.sizeBytes, content_type: stored.contentType, created_at: ctx.now().toISOString() })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return stored;
}

async function sniffContentType(bytes: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return 'text/plain; charset=utf-8';
  } catch {
    return 'application/octet-stream';
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
