import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { invalidInput } from '../errors.ts';
import type { SourceFile } from './account-record.ts';
import { fileSource } from './source-file.ts';

/** The most one import's files may weigh together: well above any real export, below a full disk. */
export const MAX_IMPORT_BYTES = 1024 ** 3;

/** A file of an upload: its name, and its size unless it is the last one, which is the rest of the body. */
export interface UploadedFile {
  name: string;
  bytes?: number;
}

/**
 * Writes the files of one upload into `dir` as they arrive, the body being the files one after
 * another: memory holds one chunk, whatever the size. A body shorter or longer than the sizes it
 * declares, or heavier than MAX_IMPORT_BYTES, is refused naming the file.
 */
export async function saveUploadedFiles(body: AsyncIterable<Buffer>, files: UploadedFile[], dir: string): Promise<SourceFile[]> {
  const chunks = body[Symbol.asyncIterator]();
  let pending: Buffer | undefined;
  let total = 0;
  const saved: SourceFile[] = [];
  for (const [index, file] of files.entries()) {
    const limit = file.bytes ?? Number.POSITIVE_INFINITY;
    let written = 0;
    async function* part() {
      while (written < limit) {
        let chunk = pending ?? (await chunks.next()).value;
        pending = undefined;
        if (!chunk) return;
        if (written + chunk.length > limit) {
          pending = chunk.subarray(limit - written);
          chunk = chunk.subarray(0, limit - written);
        }
        written += chunk.length;
        total += chunk.length;
        if (total > MAX_IMPORT_BYTES) throw invalidInput(`the files of one import may weigh ${MAX_IMPORT_BYTES / 1024 ** 2} MB together; ${file.name} goes past it`, file.name);
        yield chunk;
      }
    }
    const stored = path.join(dir, String(index));
    await pipeline(part, createWriteStream(stored));
    if (file.bytes !== undefined && written < file.bytes) throw invalidInput(`the upload ended after ${written} of the ${file.bytes} bytes of ${file.name}`, file.name);
    saved.push(fileSource(stored, file.name));
  }
  if ((pending?.length ?? 0) > 0 || !(await chunks.next()).done) {
    throw invalidInput(`the upload is longer than the ${files.length} file${files.length === 1 ? '' : 's'} it names: give each file's size, or leave out the last one's`, 'body');
  }
  return saved;
}
