/**
 * Unpacks a ZIP into a folder, streaming each entry, as an auditor's unzip would: enough of PKWARE's
 * APPNOTE for what Groundwork writes (stored or deflated entries, data descriptors, ZIP64 sizes and offsets).
 */
import { closeSync, createReadStream, createWriteStream, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

function read(fd: number, at: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  readSync(fd, buffer, 0, length, at);
  return buffer;
}

/** The entries of a ZIP, from its central directory. */
export function zipEntries(file: string): ZipEntry[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 65_557);
    const tail = read(fd, size - tailLength, tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error(`${file} is not a ZIP: no end of central directory`);
    let count = tail.readUInt16LE(end + 10);
    let directoryAt = tail.readUInt32LE(end + 16);
    if (directoryAt === 0xffffffff || count === 0xffff) {
      const locator = tail.readBigUInt64LE(end - 20 + 8);
      const zip64End = read(fd, Number(locator), 56);
      count = Number(zip64End.readBigUInt64LE(32));
      directoryAt = Number(zip64End.readBigUInt64LE(48));
    }
    const entries: ZipEntry[] = [];
    let at = directoryAt;
    for (let i = 0; i < count; i++) {
      const fixed = read(fd, at, 46);
      const [nameLength, extraLength, commentLength] = [fixed.readUInt16LE(28), fixed.readUInt16LE(30), fixed.readUInt16LE(32)];
      const variable = read(fd, at + 46, nameLength + extraLength);
      const entry = { name: variable.subarray(0, nameLength).toString('utf8'), method: fixed.readUInt16LE(10), compressedSize: fixed.readUInt32LE(20), size: fixed.readUInt32LE(24), localHeader: fixed.readUInt32LE(42) };
      // ZIP64 extended information: the 64-bit values of the fields set to 0xffffffff, in this order.
      for (let x = nameLength; x < nameLength + extraLength; x += 4 + variable.readUInt16LE(x + 2)) {
        if (variable.readUInt16LE(x) !== 0x0001) continue;
        let field = x + 4;
        for (const key of ['size', 'compressedSize', 'localHeader'] as const) {
          if (entry[key] !== 0xffffffff) continue;
          entry[key] = Number(variable.readBigUInt64LE(field));
          field += 8;
        }
      }
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** Writes every entry of `file` under `dir`; returns the entries' names. */
export async function unzip(file: string, dir: string): Promise<string[]> {
  const entries = zipEntries(file);
  const fd = openSync(file, 'r');
  const starts = entries.map((entry) => {
    const local = read(fd, entry.localHeader, 30);
    return entry.localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  });
  closeSync(fd);
  for (const [i, entry] of entries.entries()) {
    const target = path.resolve(dir, entry.name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${entry.name} would be written outside ${dir}`);
    mkdirSync(path.dirname(target), { recursive: true });
    if (entry.compressedSize === 0) {
      writeFileSync(target, '');
      continue;
    }
    const data = createReadStream(file, { start: starts[i], end: starts[i]! + entry.compressedSize - 1 });
    if (entry.method === 8) await pipeline(data, createInflateRaw(), createWriteStream(target));
    else await pipeline(data, createWriteStream(target));
  }
  return entries.map((entry) => entry.name);
}
