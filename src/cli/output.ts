/** Prints rows as an aligned text table for people. */
export function formatTable(rows: Record<string, string | number>[], columns: string[]): string {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => String(r[c] ?? ''))))].join('\n');
}

/** A progress line on stderr, redrawn in place, only when a person is watching. */
export function progressReporter(label: string): ((done: number, total: number) => void) & { end(): void } {
  const tty = process.stderr.isTTY;
  const report = (done: number, total: number) => {
    if (tty) process.stderr.write(`\r${label} ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`);
  };
  return Object.assign(report, { end: () => tty && process.stderr.write('\n') });
}
