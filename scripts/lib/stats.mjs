// Small helpers for the benchmark tables.

/**
 * A Markdown table column: its title and, optionally, its alignment (left by default).
 * @typedef {[title: string, align?: 'left' | 'right']} Column
 */

/** @typedef {string | number | null | undefined} Cell */

/**
 * @param {unknown} value
 * @returns {value is number}
 */
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);

/**
 * Median of the numbers in values, ignoring nulls; null when there are none.
 * @param {readonly unknown[]} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = values.filter(isFiniteNumber).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  // Both indices are within the non-empty list.
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * Median of each named field over a list of records (null for a field no record has).
 * @template {string} Field
 * @param {ReadonlyArray<Partial<Record<Field, unknown>>>} records
 * @param {readonly Field[]} fields
 * @returns {Record<Field, number | null>}
 */
export function medians(records, fields) {
  return /** @type {Record<Field, number | null>} */ (
    Object.fromEntries(fields.map((field) => [field, median(records.map((record) => record[field]))]))
  );
}

/**
 * A Markdown table: header is a list of [title, 'left' | 'right'].
 * @param {readonly Column[]} header
 * @param {ReadonlyArray<readonly Cell[]>} rows
 * @returns {string}
 */
export function markdownTable(header, rows) {
  const line = (/** @type {readonly Cell[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(([title]) => title)),
    line(header.map(([, align]) => (align === 'right' ? '---:' : '---'))),
    ...rows.map((row) => line(row.map((cell) => (cell === null || cell === undefined ? 'n/a' : String(cell))))),
  ].join('\n');
}
