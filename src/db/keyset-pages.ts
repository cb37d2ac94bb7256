/** Rows read per query by the populations and the log slice. */
export const PAGE_SIZE = 200;

/**
 * Reads a query a page at a time, each page starting after the last row's key (keyset paging):
 * never the whole result in memory, and no page costs more the further in it is.
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
