// Prints benchmark rows as a Markdown table, with targets and whether they were met.

/**
 * A target a row is held to, and whether it was met (`why` says how it was missed).
 * @typedef {{ text: string, met: boolean, why: string }} Target
 */

/**
 * One measured run: what ran, at what load, its figures and its target.
 * @typedef {import('./http-bench-load.mjs').LoadSummary & { name: string, load: string, target?: Target }} BenchRow
 */

/** @type {(value: number) => string} */
const formatRate = (value) => (value ? value.toFixed(0) : '-');
/** @type {(value: number) => string} */
const formatMs = (value) => (Number.isFinite(value) ? String(value) : '-');

/**
 * A row's errors: answers other than 2xx plus socket errors and timeouts.
 * @type {(row: { non2xx: number, socketErrors: number }) => number}
 */
export const errorCount = (row) => row.non2xx + row.socketErrors;

/** @param {readonly BenchRow[]} rows */
export function printTable(rows) {
  console.log('| run | load | req/s | p50 ms | p99 ms | max ms | responses | errors | target | result |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const row of rows) {
    const verdict = row.target ? (row.target.met ? 'met' : `**MISSED** (${row.target.why})`) : '-';
    console.log(
      `| ${row.name} | ${row.load} | ${formatRate(row.requestsPerSecond)} | ${formatMs(row.p50)} | ${formatMs(row.p99)} | ${formatMs(row.max)} | ${row.responses} | ${errorCount(row)} | ${row.target?.text ?? '-'} | ${verdict} |`,
    );
  }
}

/**
 * Status codes of every row that had a non-2xx answer, so a miss can be told from a failure.
 * @param {readonly BenchRow[]} rows
 */
export function printStatusCodes(rows) {
  for (const row of rows.filter((candidate) => errorCount(candidate) > 0)) {
    console.log(`  ${row.name}: status codes ${JSON.stringify(row.statusCodes)}, socket errors/timeouts ${row.socketErrors}`);
  }
}

/**
 * Per request kind in the mixed run: how many answers of each status.
 * @param {Record<string, Record<string, number>>} tallies answers by request kind, then by status code
 */
export function printMixedBreakdown(tallies) {
  console.log('| mixed: request | answers | status codes |');
  console.log('| --- | ---: | --- |');
  for (const [kind, statuses] of Object.entries(tallies)) {
    const answers = Object.values(statuses).reduce((sum, count) => sum + count, 0);
    console.log(`| ${kind} | ${answers} | ${JSON.stringify(statuses)} |`);
  }
}

/**
 * Server log lines that look like trouble (Next prints errors with ⨯), for the reader to follow up.
 * @param {string} log
 * @param {number} [limit]
 */
export function printServerTrouble(log, limit = 15) {
  const troubled = log.split('\n').filter((line) => /error|⨯|unhandled|warn/i.test(line));
  if (troubled.length === 0) {
    console.log('Server log: no errors or warnings.');
    return;
  }
  console.log(`Server log: ${troubled.length} line(s) with errors or warnings${troubled.length > limit ? `, first ${limit}` : ''}:`);
  for (const line of troubled.slice(0, limit)) console.log(`  ${line.slice(0, 300)}`);
}
