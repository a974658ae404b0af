// CI gate: one Lighthouse pass (mobile) over every page people land on, failing
// when accessibility, best practices or SEO is below 100 anywhere. Scores only:
// timings on shared CI machines are too noisy to gate on (bench:web reports them).
// Runs against an existing production build; it never builds.
// Usage: npm run build && npm run test:scores [-- --port 3233]
import { parseArgs } from 'node:util';
import { isStopping, runMain } from './lib/cleanup.mjs';
import { audit, categoryScore, failingAudits, launchChrome, printFailures, scoreCategories } from './lib/lighthouse.mjs';
import { startApp } from './lib/next-server.mjs';
import { markdownTable } from './lib/stats.mjs';
import { builtPlatformPages, builtStepPages } from './lib/built-pages.mjs';

const { values: options } = parseArgs({ options: { port: { type: 'string', default: '3233' } } });
const port = Number(options.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, got ${options.port}`);
  process.exit(2);
}

async function main() {
  if (process.env.DATABASE_URL) {
    // The gate serves the build on the embedded database whatever DATABASE_URL says
    // (startApp clears it): the pages it scores are the same prerendered HTML either way.
    console.log('Lighthouse gate: scored in the embedded-database pass (the pages do not depend on the database).');
    return 0;
  }
  const platformPages = builtPlatformPages();
  const english = ['/', ...platformPages, ...platformPages.flatMap((platform) => builtStepPages(platform.slice(1))), '/checklists', '/countdowns', '/account', '/signin'];
  // Spanish is served at the same addresses; the language comes from the browser's Accept-Language.
  const spanish = ['/', ...platformPages, ...platformPages.map((platform) => builtStepPages(platform.slice(1))[0])];
  const pages = [...english.map((path) => ({ path, label: path })), ...spanish.map((path) => ({ path, label: `${path} (es)`, headers: { 'Accept-Language': 'es' } }))];
  const started = Date.now();
  const app = await startApp({ port });
  const chrome = await launchChrome();

  const rows = [];
  const failuresByPage = new Map();
  for (const { path, label: page, headers } of pages) {
    if (isStopping()) return 1; // Interrupted: the signal handler is stopping everything.
    try {
      const lhr = await audit(chrome, app.url + path, { categories: scoreCategories, headers, scoresOnly: true });
      const scores = scoreCategories.map((category) => categoryScore(lhr, category));
      rows.push([page, ...scores, scores.every((score) => score === 100) ? 'pass' : '**FAIL**']);
      failuresByPage.set(page, failingAudits(lhr, scoreCategories));
      console.error(`${page}: ${scores.join(' / ')}`);
    } catch (error) {
      rows.push([page, null, null, null, `**FAIL** (${error.message})`]);
    }
  }

  console.log(`\nLighthouse scores, mobile, one run per page (${((Date.now() - started) / 1000).toFixed(0)} s):\n`);
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

await runMain(main);
