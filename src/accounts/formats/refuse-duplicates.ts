import { invalidInput } from '../../errors.ts';

/**
 * Refuses an account id seen before in the same import, naming both places. It holds each id
 * with a number for its place (not the accounts), so memory grows by about 100 bytes per account
 * whatever the size of the files.
 */
export function refuseDuplicates(): (id: string, file: string, line: number, where: string) => void {
  const files: string[] = [];
  const seen = new Map<string, number>();
  return (id, file, line, where) => {
    let index = files.indexOf(file);
    if (index === -1) index = files.push(file) - 1;
    const first = seen.get(id);
    if (first !== undefined) {
      const place = `line ${first % 2 ** 32} of ${files[Math.floor(first / 2 ** 32)]}`;
      throw invalidInput(`the account ${id} is also on ${place}; an export lists each account once`, where);
    }
    // A string cut from a larger one keeps all of it alive: an id read from a file would keep the
    // whole chunk it came from, for as long as the import runs. Cut from a string of its own (made
    // by the concatenation, ten times faster than a copy through a Buffer), it keeps only that.
    seen.set(` ${id}`.slice(1), index * 2 ** 32 + line);
  };
}
