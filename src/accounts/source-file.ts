import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { SourceFile } from './account-record.ts';

/** A file on disk given to an import, named in errors and evidence by its base name unless told otherwise. */
export function fileSource(file: string, name = path.basename(file)): SourceFile {
  return { name, open: () => createReadStream(file) };
}

/** Text made in memory given to an import as a file: a list Groundwork writes itself, or a sample. */
export function textSource(name: string, text: string | Buffer): SourceFile {
  return { name, open: () => Readable.from([text]) };
}

/** The first `bytes` of a file, as text, for a format's `detect`. */
export async function headOf(file: SourceFile, bytes = 4096): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  const stream = file.open();
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(buffer);
    length += buffer.length;
    if (length >= bytes) break;
  }
  return Buffer.concat(chunks).subarray(0, bytes).toString('utf8');
}
