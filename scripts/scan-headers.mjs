// Mozilla's HTTP Observatory scan of the production build served locally: the
// grade, the score and every test's verdict for our response headers. Over
// plain http the redirection and HSTS tests fail by nature, so it also prints
// the score the other tests alone earn. A benchmark: a poor grade still exits
// 0; only a broken setup (install, server or scanner failing) exits non-zero.
//
// The scanner is not a project dependency (its install script downloads
// certificate data, which breaks an offline `npm ci`): it is installed on
// demand, without install scripts, into the gitignored .bench/observatory.
//
// Usage: npm run bench:headers [-- --no-build] [--port 3235]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { buildNext, projectRoot, startApp } from './lib/next-server.mjs';
import { markdownTable } from './lib/stats.mjs';

const SCANNER = '@mdn/mdn-http-observatory';
const SCANNER_VERSION = '1.4.8';
const installDir = join(projectRoot, '.bench/observatory');
const scannerDir = join(installDir, 'node_modules', SCANNER);
const scannerBin = join(installDir, 'node_modules/.bin/mdn-http-observatory-scan');
// Tests that cannot pass without TLS: nothing to redirect to, no HSTS over http.
const HTTP_ONLY_FAILURES = new Set(['redirection', 'strict-transport-security']);
// Observatory's method: bonuses count only once the score after penalties is at least this.
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

/**
 * The scanner's summary of the scan, the fields we print.
 * @typedef {{ statusCode: number, grade: string, score: number, testsPassed: number, testsQuantity: number }} ScanSummary
 */
/**
 * One test's verdict; scoreModifier is its penalty (< 0) or bonus (> 0).
 * @typedef {{ pass: boolean, scoreModifier?: number, result: string }} ScanTest
 */
/** @typedef {{ scan: ScanSummary, tests: Record<string, ScanTest> }} ScanResult */

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '3235' },
  },
});
const port = Number(options.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, got ${options.port}`);
  process.exit(2);
}

/**
 * Runs a command to its end, its output on our stderr (stdout is the report); stopped on Ctrl-C.
 * `capture` collects its stdout instead.
 * @param {string} command
 * @param {string[]} args
 * @param {{ capture?: boolean }} [options]
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null, stdout: string }>}
 */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    // Its own process group: the scanner's bin is a wrapper that spawns node again.
    const child = spawn(command, args, {
      cwd: projectRoot,
      detached: true,
      stdio: ['ignore', capture ? 'pipe' : process.stderr, process.stderr],
    });
    const forget = onCleanup(() => {
      // No pid: spawning failed, so there is nothing to stop.
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    });
    let stdout = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) => {
      forget();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      forget();
      resolve({ code, signal, stdout });
    });
  });
}

/** @returns {string | null} */
function installedVersion() {
  const manifest = join(scannerDir, 'package.json');
  if (!existsSync(manifest) || !existsSync(scannerBin)) return null;
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(manifest, 'utf8'))).version;
}

async function ensureScanner() {
  if (installedVersion() !== SCANNER_VERSION) {
    console.error(`Installing ${SCANNER}@${SCANNER_VERSION} into .bench/observatory…`);
    const { code, signal } = await run('npm', [
      'install',
      '--prefix',
      installDir,
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      `${SCANNER}@${SCANNER_VERSION}`,
    ]);
    if (code !== 0) throw new Error(`npm install of ${SCANNER} failed (${signal ?? `exit code ${code}`})`);
    if (installedVersion() !== SCANNER_VERSION) throw new Error(`${SCANNER}@${SCANNER_VERSION} is not in ${scannerDir} after npm install`);
  }
  // Its skipped install script would have downloaded the HSTS preload list; no
  // local host is on it, and the HSTS test reads the file (docs/stack-traps.md, trap 14).
  writeFileSync(join(scannerDir, 'conf/hsts-preload.json'), '{}\n');
}

/**
 * The scanner's JSON for a host (`localhost:PORT`): its CLI takes a host, never a path.
 * @param {string} host
 * @returns {Promise<ScanResult>}
 */
async function scan(host) {
  const { code, signal, stdout } = await run(scannerBin, [host], { capture: true });
  // The scanner's documented output, pinned to SCANNER_VERSION; only its presence is checked.
  /** @type {Partial<ScanResult> & { error?: string }} */
  let result;
  try {
    result = JSON.parse(stdout);
  } catch {
    throw new Error(`The scanner printed no JSON (${signal ?? `exit code ${code}`}):\n${stdout.slice(-2000)}`);
  }
  if (result.error || !result.scan || !result.tests) throw new Error(`The scanner failed: ${result.error ?? stdout.slice(-2000)}`);
  return { ...result, scan: result.scan, tests: result.tests };
}

/**
 * Grade for a score, as Observatory's chart does: multiples of 5 down, 100 and over is A+.
 * @param {number} score
 * @returns {string}
 */
function gradeFor(score) {
  /** @type {Array<[floor: number, grade: string]>} */
  const chart = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
  ];
  return chart.find(([floor]) => score >= floor)?.[1] ?? 'F';
}

/**
 * 100 plus every penalty; bonuses only when that is already an A (>= 90).
 * @param {readonly ScanTest[]} tests
 * @returns {{ score: number, grade: string }}
 */
function scoreOf(tests) {
  const modifiers = tests.map((test) => test.scoreModifier ?? 0);
  const afterPenalties = 100 + modifiers.filter((modifier) => modifier < 0).reduce((sum, modifier) => sum + modifier, 0);
  const bonuses = modifiers.filter((modifier) => modifier > 0).reduce((sum, modifier) => sum + modifier, 0);
  const score = Math.max(0, afterPenalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? afterPenalties + bonuses : afterPenalties);
  return { score, grade: gradeFor(score) };
}

/** @type {(modifier: number | undefined) => string} */
const signed = (modifier) => (modifier !== undefined && modifier > 0 ? `+${modifier}` : String(modifier ?? 0));

/**
 * @param {string} url
 * @param {ScanResult} result
 */
function printReport(url, { scan: summary, tests }) {
  console.log(`\nHTTP Observatory ${SCANNER_VERSION}, ${url}/ (HTTP status ${summary.statusCode}), ${new Date().toISOString()}\n`);
  console.log(`Grade: ${summary.grade}`);
  console.log(`Score: ${summary.score} (${summary.testsPassed} of ${summary.testsQuantity} tests passed)\n`);
  const rows = Object.entries(tests).map(([name, test]) => [
    HTTP_ONLY_FAILURES.has(name) ? `${name} (http only)` : name,
    test.pass ? 'pass' : '**FAIL**',
    signed(test.scoreModifier),
    test.result,
  ]);
  console.log(markdownTable([['test'], ['pass'], ['score modifier', 'right'], ['result']], rows));

  const others = Object.entries(tests).filter(([name]) => !HTTP_ONLY_FAILURES.has(name));
  const without = scoreOf(others.map(([, test]) => test));
  console.log(`\nScore without the two http-only tests (${[...HTTP_ONLY_FAILURES].join(', ')}): ${without.score}, grade ${without.grade}`);
  const short = others.filter(([, test]) => !test.pass || (test.scoreModifier ?? 0) < 0);
  console.log(
    short.length === 0
      ? 'Every other test passes without a penalty.'
      : `Other tests that fail or lose points: ${short.map(([name, test]) => `${name} (${test.result}, ${signed(test.scoreModifier)})`).join('; ')}`,
  );
  console.log('Only / was scanned: the scanner takes a host, not a path.');
}

async function main() {
  await ensureScanner();
  if (!options['no-build']) await buildNext(projectRoot, 'unlisted');
  // A fresh PGlite DATA_DIR of its own, removed when the server stops.
  const app = await startApp({ port });
  const result = await scan(`localhost:${port}`);
  printReport(app.url, result);
  return 0;
}

await runMain(main, { stopping: 'stopping the server and the scanner' });
