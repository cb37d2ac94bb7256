import { readFile, stat } from 'node:fs/promises';
import { AppError, invalidInput } from '../errors.ts';

/**
 * A CSV file as text, refused before anything is sent when it is missing, larger than `maxBytes`
 * or not UTF-8. `what` names it in errors ("an HR export"); `advice` says how to get it as UTF-8.
 */
export async function readCsvFile(file: string, limits: { maxBytes: number; what: string; advice: string }): Promise<string> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > limits.maxBytes) throw invalidInput(`${file} is larger than ${limits.maxBytes / 1024 / 1024} MB; ${limits.what} is at most that`, 'FILE');
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw invalidInput(`cannot read ${file}: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`, 'FILE');
  }
  try {
    // The byte order mark stays, so the SHA-256 is the file's own; the parser skips it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw invalidInput(`${file} is not UTF-8 text; ${limits.advice}`, 'FILE');
  }
}
