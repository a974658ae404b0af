// Small helpers for the benchmark tables.

/** Median of the numbers in values, ignoring nulls; null when there are none. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median of each named field over a list of records (null for a field no record has). */
export function medians(records, fields) {
  return Object.fromEntries(fields.map((field) => [field, median(records.map((record) => record[field]))]));
}

/** A Markdown table: header is a list of [title, 'left' | 'right']. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(([title]) => title)),
    line(header.map(([, align]) => (align === 'right' ? '---:' : '---'))),
    ...rows.map((row) => line(row.map((cell) => (cell === null || cell === undefined ? 'n/a' : String(cell))))),
  ].join('\n');
}
