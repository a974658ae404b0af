// CI gate: one Lighthouse pass (mobile) over every page people land on, failing
// when accessibility, best practices or SEO is below 100 anywhere. Scores only:
// timings on shared CI machines are too noisy to gate on (bench:web reports them).
// Runs against an existing production build; it never builds.
// Usage: npm run build && npm run test:scores [-- --port 3233] [-- --workers 3]
//
// A Lighthouse run spends most of its time waiting for the page to go quiet, so
// several run at once, each in a process and a Chrome of its own (Lighthouse
// does not support two runs in one process), against one server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isStopping, onCleanup, runMain } from './lib/cleanup.mjs';
import { audit, categoryScore, failingAudits, launchChrome, printFailures, scoreCategories } from './lib/lighthouse.mjs';
import { startApp } from './lib/next-server.mjs';
import { markdownTable } from './lib/stats.mjs';
import { builtPlatformPages, builtStepPages } from './lib/built-pages.mjs';

/** @typedef {import('./lib/lighthouse.mjs').FailingAudit} FailingAudit */
/**
 * A page to score: where, what the tables call it, and any request headers (the language).
 * @typedef {{ path: string, label: string, headers?: Record<string, string> }} PageToScore
 */
/**
 * A worker's line for one page: its scores in scoreCategories order, or why it could not be audited.
 * @typedef {{ label: string, scores: Array<number | null>, failures: FailingAudit[], error?: undefined }} ScoredRow
 * @typedef {ScoredRow | { label: string, error: string }} WorkerRow
 */

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '3233' },
    workers: { type: 'string', default: '3' },
    // Internal: a worker process audits the pages it is given against a running server.
    'worker-of': { type: 'string' },
  },
});

/**
 * Every page, by address; Spanish pages are the same addresses asked for in Spanish.
 * @returns {PageToScore[]}
 */
function pagesToScore() {
  const platformPages = builtPlatformPages();
  const english = ['/', ...platformPages, ...platformPages.flatMap((platform) => builtStepPages(platform.slice(1))), '/checklists', '/countdowns', '/account', '/signin'];
  // builtStepPages throws rather than return no pages, so [0] is always there.
  const spanish = ['/', ...platformPages, ...platformPages.map((platform) => /** @type {string} */ (builtStepPages(platform.slice(1))[0]))];
  return [
    ...english.map((path) => ({ path, label: path })),
    ...spanish.map((path) => ({ path, label: `${path} (es)`, headers: { 'Accept-Language': 'es' } })),
  ];
}

/**
 * Worker: audits its pages, one JSON line per page on stdout.
 * @param {{ url: string, pages: PageToScore[] }} job
 * @returns {Promise<number>}
 */
async function worker({ url, pages }) {
  const chrome = await launchChrome();
  for (const { path, label, headers } of pages) {
    if (isStopping()) return 1;
    try {
      const lhr = await audit(chrome, url + path, { categories: scoreCategories, headers });
      const scores = scoreCategories.map((category) => categoryScore(lhr, category));
      console.log(JSON.stringify({ label, scores, failures: failingAudits(lhr, scoreCategories) }));
    } catch (error) {
      console.log(JSON.stringify({ label, error: error instanceof Error ? error.message : String(error) }));
    }
  }
  chrome.kill();
  return 0;
}

/**
 * Runs a worker process over `pages`, handing each row it prints to onRow; resolves to its exit code.
 * @param {string} url
 * @param {PageToScore[]} pages
 * @param {(row: WorkerRow) => void} onRow
 * @returns {Promise<number>}
 */
function runWorker(url, pages, onRow) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--worker-of', JSON.stringify({ url, pages })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const forget = onCleanup(() => child.kill('SIGTERM'));
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      // Our own worker's output: trusted to be a WorkerRow.
      for (const line of lines) if (line.trim()) onRow(/** @type {WorkerRow} */ (JSON.parse(line)));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      forget();
      resolve(code ?? 1);
    });
  });
}

async function main() {
  // Written by runWorker in the parent process.
  if (options['worker-of']) return worker(/** @type {{ url: string, pages: PageToScore[] }} */ (JSON.parse(options['worker-of'])));
  if (process.env.DATABASE_URL) {
    // The gate serves the build on the embedded database whatever DATABASE_URL says
    // (startApp clears it): the pages it scores are the same prerendered HTML either way.
    console.log('Lighthouse gate: scored in the embedded-database pass (the pages do not depend on the database).');
    return 0;
  }
  const port = Number(options.port);
  const workers = Number(options.workers);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number, got ${options.port}`);
  if (!Number.isInteger(workers) || workers < 1 || workers > 8) throw new Error(`--workers must be 1 to 8, got ${options.workers}`);

  const pages = pagesToScore();
  const started = Date.now();
  const app = await startApp({ port });

  /** @type {Map<string, WorkerRow>} */
  const results = new Map();
  const slices = Array.from({ length: workers }, (_, index) => pages.filter((_, page) => page % workers === index));
  await Promise.all(
    slices.map((slice) =>
      runWorker(app.url, slice, (row) => {
        results.set(row.label, row);
        if (isScored(row)) console.error(`${row.label}: ${row.scores.join(' / ')}`);
      }),
    ),
  );

  /** @type {Array<Array<string | number | null>>} */
  const rows = [];
  /** @type {Map<string, FailingAudit[]>} */
  const failuresByPage = new Map();
  for (const { label } of pages) {
    const row = results.get(label);
    if (!row || !isScored(row)) {
      rows.push([label, null, null, null, `**FAIL** (${row?.error ?? 'not audited'})`]);
      continue;
    }
    rows.push([label, ...row.scores, row.scores.every((score) => score === 100) ? 'pass' : '**FAIL**']);
    failuresByPage.set(label, row.failures);
  }

  console.log(`\nLighthouse scores, mobile, one run per page, ${workers} at a time (${((Date.now() - started) / 1000).toFixed(0)} s):\n`);
  console.log(markdownTable([['page'], ['a11y', 'right'], ['BP', 'right'], ['SEO', 'right'], ['result']], rows));
  const failed = rows.filter((row) => row[4] !== 'pass');
  if ([...failuresByPage.values()].some((list) => list.length > 0)) {
    console.log('\nFailing audits:');
    printFailures(failuresByPage);
  }
  if (failed.length > 0) {
    console.log(`\nFAILED: ${failed.length} of ${pages.length} page(s) below 100: ${failed.map((row) => row[0]).join(', ')}`);
    return 1;
  }
  console.log(`\nPassed: all ${pages.length} pages score 100 in ${scoreCategories.join(', ')}.`);
  return 0;
}

/**
 * A row without an error message holds scores.
 * @param {WorkerRow} row
 * @returns {row is ScoredRow}
 */
function isScored(row) {
  return !row.error;
}

await runMain(main);
