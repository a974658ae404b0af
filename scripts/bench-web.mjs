// Lighthouse (mobile, default throttling) medians for our key pages next to a
// bare Next.js page built from the same install, with the targets from the
// performance issue. A benchmark: it exits 0 even when targets are missed.
// Usage: npm run bench:web [-- --runs 5] [--no-build] [--json medians.json] [--port 3231]
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBareNextApp } from './lib/bare-next.mjs';
import { isStopping, onCleanup, runMain } from './lib/cleanup.mjs';
import {
  audit,
  failingAudits,
  launchChrome,
  measurementFields,
  measurements,
  printFailures,
  scoreCategories,
} from './lib/lighthouse.mjs';
import { buildNext, projectRoot, startApp, startNext } from './lib/next-server.mjs';
import { markdownTable, medians } from './lib/stats.mjs';

/** @typedef {import('./lib/lighthouse.mjs').Chrome} Chrome */
/** @typedef {import('./lib/lighthouse.mjs').FailingAudit} FailingAudit */
/** @typedef {import('./lib/lighthouse.mjs').Measurements} Measurements */
/**
 * A page's medians, and its transfer size as a multiple of the bare page's.
 * @typedef {Measurements & { transferRatio: number | null }} PageMedians
 */

const ourPages = ['/', '/tiktok', '/tiktok/make-account-private'];
const barePage = 'bare Next.js /';

const targets = {
  performance: 98,
  categoryScore: 100,
  lcpMs: 800,
  transferRatio: 1.15,
};

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'string' },
    port: { type: 'string', default: '3231' },
  },
});
const runs = Number(options.runs);
const port = Number(options.port); // The bare page gets the next one.
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(port) || port < 1 || port > 65534) {
  console.error(`--runs must be a positive integer and --port a port number (got ${options.runs}, ${options.port})`);
  process.exit(2);
}

/** @type {(bytes: number | null) => string | null} */
const kib = (bytes) => (bytes === null ? null : (bytes / 1024).toFixed(1));
/** @type {(value: number | null) => number | null} */
const ms = (value) => (value === null ? null : Math.round(value));

/**
 * The entry a map must hold (every page's lists are created up front).
 * @template K, V
 * @param {ReadonlyMap<K, V>} map
 * @param {K} key
 * @returns {V}
 */
function entryOf(map, key) {
  const value = map.get(key);
  if (value === undefined) throw new Error(`No entry for ${String(key)}`);
  return value;
}

/**
 * Every page's samples and failing audits (by audit id, with how many runs each failed in).
 * @param {Chrome} chrome
 * @param {ReadonlyMap<string, string>} urls page name to address
 */
async function measureAll(chrome, urls) {
  /** @type {Map<string, Measurements[]>} */
  const samples = new Map([...urls.keys()].map((page) => [page, []]));
  /** @type {Map<string, Map<string, FailingAudit>>} */
  const failures = new Map([...urls.keys()].map((page) => [page, new Map()]));
  // Pages interleaved run by run, so a burst of load from other builds on this
  // shared machine spreads over every page instead of skewing one.
  for (let run = 1; run <= runs; run += 1) {
    for (const [page, url] of urls) {
      if (isStopping()) return { samples, failures };
      try {
        const lhr = await audit(chrome, url);
        const measured = measurements(lhr);
        entryOf(samples, page).push(measured);
        for (const failure of failingAudits(lhr, scoreCategories)) {
          const seen = entryOf(failures, page).get(failure.id);
          entryOf(failures, page).set(failure.id, { ...failure, runs: (seen?.runs ?? 0) + 1 });
        }
        console.error(
          `run ${run}/${runs} ${page}: performance ${measured.performance}, LCP ${ms(measured.lcpMs)} ms, ${kib(measured.transferBytes)} KiB`,
        );
      } catch (error) {
        if (isStopping()) return { samples, failures };
        console.error(`run ${run}/${runs} ${page}: FAILED, sample skipped: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return { samples, failures };
}

/**
 * @param {ReadonlyMap<string, PageMedians>} results
 * @param {PageMedians} bare
 */
function printResults(results, bare) {
  /** @type {import('./lib/stats.mjs').Column[]} */
  const header = [
    ['page', 'left'],
    ['perf', 'right'],
    ['a11y', 'right'],
    ['BP', 'right'],
    ['SEO', 'right'],
    ['FCP ms', 'right'],
    ['LCP ms', 'right'],
    ['TBT ms', 'right'],
    ['CLS', 'right'],
    ['transfer KiB', 'right'],
    ['JS KiB', 'right'],
    ['transfer / bare', 'right'],
  ];
  const rows = [...results].map(([page, m]) => [
    page,
    m.performance,
    m.accessibility,
    m.bestPractices,
    m.seo,
    ms(m.fcpMs),
    ms(m.lcpMs),
    ms(m.tbtMs),
    m.cls === null ? null : m.cls.toFixed(3),
    kib(m.transferBytes),
    kib(m.scriptTransferBytes),
    page === barePage || !m.transferRatio ? '' : `${m.transferRatio.toFixed(2)}×`,
  ]);
  console.log(`\nLighthouse medians, mobile preset, ${runs} run(s) per page:\n`);
  console.log(markdownTable(header, rows));

  /** @type {Array<[page: string, target: string, median: string | number | null, goal: string, result: string]>} */
  const checks = [];
  for (const [page, m] of results) {
    if (page === barePage) continue;
    /** @type {(name: string, value: string | number | null, met: boolean, goal: string) => unknown} */
    const check = (name, value, met, goal) => checks.push([page, name, value, goal, met ? 'met' : '**MISSED**']);
    // No score at all (null) is a miss.
    check('performance', m.performance, m.performance !== null && m.performance >= targets.performance, `≥ ${targets.performance}`);
    check('accessibility', m.accessibility, m.accessibility === targets.categoryScore, '= 100');
    check('best practices', m.bestPractices, m.bestPractices === targets.categoryScore, '= 100');
    check('SEO', m.seo, m.seo === targets.categoryScore, '= 100');
    check('LCP', `${ms(m.lcpMs)} ms`, m.lcpMs !== null && m.lcpMs <= targets.lcpMs, `≤ ${targets.lcpMs} ms`);
    check(
      'transfer',
      m.transferRatio ? `${kib(m.transferBytes)} KiB (${m.transferRatio.toFixed(2)}× bare ${kib(bare.transferBytes)} KiB)` : null,
      m.transferRatio !== null && m.transferRatio <= targets.transferRatio,
      `≤ ${targets.transferRatio}× bare`,
    );
  }
  console.log('\nTargets:\n');
  console.log(markdownTable([['page'], ['target'], ['median'], ['goal'], ['result']], checks));
  const missed = checks.filter((row) => row[4] !== 'met');
  console.log(
    missed.length === 0
      ? '\nAll targets met.'
      : `\n${missed.length} target(s) MISSED: ${missed.map(([page, name]) => `${page} ${name}`).join('; ')}`,
  );
}

async function main() {
  if (!options['no-build']) await buildNext(projectRoot, 'unlisted');
  const bareDir = createBareNextApp();
  onCleanup(() => rmSync(bareDir, { recursive: true, force: true }));
  await buildNext(bareDir, 'bare next');

  const app = await startApp({ port });
  const bareServer = await startNext({ cwd: bareDir, port: port + 1, label: 'bare next' });
  const chrome = await launchChrome();

  const urls = new Map([...ourPages.map((page) => /** @type {[string, string]} */ ([page, app.url + page])), [barePage, `${bareServer.url}/`]]);
  const { samples, failures } = await measureAll(chrome, urls);
  if (isStopping()) return; // Interrupted: the signal handler is stopping everything.

  /** @type {Map<string, PageMedians>} */
  const results = new Map([...samples].map(([page, list]) => [page, { ...medians(list, measurementFields), transferRatio: null }]));
  const bare = entryOf(results, barePage);
  for (const [page, m] of results) {
    m.transferRatio = page !== barePage && bare?.transferBytes && m.transferBytes ? m.transferBytes / bare.transferBytes : null;
  }
  printResults(results, bare);

  const ourFailures = new Map(ourPages.map((page) => [page, [...entryOf(failures, page).values()]]));
  if ([...ourFailures.values()].some((list) => list.length > 0)) {
    console.log(`\nFailing ${scoreCategories.join(' / ')} audits on our pages:`);
    printFailures(ourFailures);
  } else console.log(`\nNo failing ${scoreCategories.join(' / ')} audits on our pages.`);
  const bareFailures = [...entryOf(failures, barePage).values()];
  if (bareFailures.length > 0) {
    console.log('\nFailing audits on the bare page too (so not ours to fix):');
    printFailures(new Map([[barePage, bareFailures]]));
  }

  if (options.json) {
    const raw = { generatedAt: new Date().toISOString(), runs, preset: 'mobile', targets, medians: Object.fromEntries(results) };
    writeFileSync(options.json, `${JSON.stringify(raw, null, 2)}\n`);
    console.error(`Medians written to ${options.json}`);
  }
  return 0; // runMain's cleanup stops Chrome and both servers.
}

await runMain(main);
