/** Rows read per query by default: small enough that each page's rows die young. */
export const PAGE_SIZE = 200;

/**
 * Reads a query a page at a time, each page starting after the last row's key (keyset paging):
 * never the whole result in memory, and no page costs more the further in it is. A row as a driver
 * returns it is far larger than the values it holds (node:sqlite's are dictionary-mode objects of
 * several hundred bytes), so a large result kept in memory is read this way and kept compact.
 */
export async function* keysetPages<Row, Key>(page: (after: Key | undefined) => Promise<Row[]>, keyOf: (row: Row) => Key, size = PAGE_SIZE): AsyncGenerator<Row[]> {
  let after: Key | undefined;
  for (;;) {
    const rows = await page(after);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows.at(-1)!);
  }
}
