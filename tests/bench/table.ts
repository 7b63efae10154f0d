// Aligned plain-text tables for benchmark output: numbers right-aligned, text left-aligned.

/** Render rows under headers, each column as wide as its widest cell. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const isNumber = (cell: string) => /^[-+]?[\d.,]+[×x%]?$/.test(cell);
  // A header sits over its numbers: right-aligned when the column's first row holds a number.
  const isNumberColumn = headers.map((_, c) => isNumber(rows[0]?.[c] ?? ''));
  const line = (cells: string[], isHeader = false) =>
    cells
      .map((cell, c) =>
        (isHeader ? isNumberColumn[c] : isNumber(cell)) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers, true), rule, ...rows.map((r) => line(r))].join('\n');
}

/** Milliseconds with one decimal. */
export function formatMs(ms: number): string {
  return ms.toFixed(1);
}

/** Megabytes (10^6 bytes) with two decimals. */
export function formatMb(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

/** Throughput in MB/s (10^6 bytes per second). */
export function formatMbPerS(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(1);
}
