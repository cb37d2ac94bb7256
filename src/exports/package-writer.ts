import { createHash } from 'node:crypto';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** A file written into the package, as manifest.json lists it. */
export interface PackageFile {
  path: string;
  bytes: number;
  sha256: string;
}

export type Source = AsyncIterable<string | Uint8Array> | string | Uint8Array;

/**
 * Writes a ZIP file by file into `output`, streaming: each file's content is read from its source
 * only as fast as the output takes it (deflated, with ZIP64 where sizes need it), and hashed on
 * the way, so nothing but the current chunk is held. A failing output or source fails the next add.
 */
export class PackageWriter {
  readonly files: PackageFile[] = [];
  /** Bytes of the files written so far, before compression. */
  bytes = 0;
  /** Bytes of ZIP written to the output so far. */
  zipBytes = 0;
  private readonly zip = new ZipFile();
  private readonly written: Promise<void>;
  private readonly mtime: Date;
  private readonly onChunk: ((file: string) => void) | undefined;

  constructor(output: Writable, options: { mtime: Date; onChunk?: (file: string) => void }) {
    this.mtime = options.mtime;
    this.onChunk = options.onChunk;
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.zipBytes += chunk.length;
        done(null, chunk);
      },
    });
    this.written = pipeline(this.zip.outputStream, counter, output);
    // A failure is reported by the add or finish that waits on it.
    this.written.catch(() => {});
  }

  /** Adds one file and waits until its source is read to the end. */
  async add(path: string, source: Source): Promise<PackageFile> {
    const hash = createHash('sha256');
    let bytes = 0;
    const { promise: read, resolve, reject } = Promise.withResolvers<void>();
    const onChunk = this.onChunk;
    async function* hashed(): AsyncGenerator<Uint8Array> {
      for await (const chunk of typeof source === 'string' || source instanceof Uint8Array ? [source] : source) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        hash.update(buffer);
        bytes += buffer.length;
        onChunk?.(path);
        yield buffer;
      }
      resolve();
    }
    const stream = Readable.from(hashed(), { objectMode: false }).on('error', reject);
    this.zip.addReadStream(stream, path, { mtime: this.mtime });
    await Promise.race([read, this.written]);
    const file = { path, bytes, sha256: hash.digest('hex') };
    this.files.push(file);
    this.bytes += bytes;
    return file;
  }

  /** Ends the archive and waits until the output has all of it. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.written;
  }

  /** Stops writing: the output is destroyed, so a reader sees a broken download, never a short valid one. */
  abort(error: Error): void {
    (this.zip.outputStream as Readable).destroy(error);
  }
}
