// Lighthouse 12 through its Node API, in one Chrome that every page reuses
// (launching Chrome per page would dominate the gate's run time).
import * as chromeLauncher from 'chrome-launcher'; // Lighthouse's own dependency, so versions match.
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { onCleanup } from './cleanup.mjs';

// Debian's Chromium, with the flags the browser tests use too (e2e/chromium.json).
/** @type {typeof import('../../e2e/chromium.json')} */
const chromium = JSON.parse(readFileSync(new URL('../../e2e/chromium.json', import.meta.url), 'utf8'));
const chromePath = process.env.CHROME_PATH ?? chromium.path;
const chromeFlags = ['--headless=new', ...chromium.flags];

/** @typedef {import('lighthouse').Result} LighthouseResult */

/**
 * The Chrome every audit reuses: its debugging port, and how to stop it.
 * @typedef {{ port: number, kill: () => void }} Chrome
 */

/**
 * An audit that did not pass on one page; `runs` counts the runs it failed in, where there were several.
 * @typedef {object} FailingAudit
 * @property {string} category
 * @property {string} id
 * @property {string} title
 * @property {number} weight
 * @property {number | null} score
 * @property {string | undefined} error
 * @property {number} items
 * @property {number} [runs]
 */

export const scoreCategories = ['accessibility', 'best-practices', 'seo'];

/** @returns {Promise<Chrome>} */
export async function launchChrome() {
  // handleSIGINT off: chrome-launcher would exit on Ctrl-C before our servers are stopped.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, handleSIGINT: false, logLevel: 'silent' });
  const forget = onCleanup(() => chrome.kill());
  return {
    port: chrome.port,
    kill: () => {
      forget();
      chrome.kill();
    },
  };
}

/**
 * One Lighthouse navigation with the default config: mobile form factor and its
 * default simulated throttling. Returns the LHR; throws when Lighthouse could
 * not measure the page at all.
 * @param {Chrome} chrome
 * @param {string} url
 * @param {{ categories?: string[], headers?: Record<string, string> }} [options]
 * @returns {Promise<LighthouseResult>}
 */
export async function audit(chrome, url, { categories, headers } = {}) {
  const result = await lighthouse(url, {
    port: chrome.port,
    // Extra request headers, e.g. Accept-Language to audit the Spanish pages.
    ...(headers ? { extraHeaders: headers } : {}),
    output: 'json',
    logLevel: 'error',
    formFactor: 'mobile',
    onlyCategories: categories,
    // Only the HTML report shows it, and it costs over a second per page; no score uses it.
    disableFullPageScreenshot: true,
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/**
 * Category score as Lighthouse shows it (0–100), or null when it could not be computed.
 * @param {LighthouseResult} lhr
 * @param {string} id
 * @returns {number | null}
 */
export function categoryScore(lhr, id) {
  const score = lhr.categories[id]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

const scoredModes = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * Audits of the given categories that did not pass: scored audits below 1, and
 * audits that errored (those silently leave a category). weight 0 means it
 * does not change the category score.
 * @param {LighthouseResult} lhr
 * @param {readonly string[]} [categories]
 * @returns {FailingAudit[]}
 */
export function failingAudits(lhr, categories = scoreCategories) {
  /** @type {FailingAudit[]} */
  const failing = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const result = lhr.audits[ref.id];
      if (!result) continue;
      // A scored audit left without a score (null) could not be scored: a failure too.
      const failed = result.scoreDisplayMode === 'error' || (scoredModes.has(result.scoreDisplayMode) && (result.score === null || result.score < 1));
      if (failed) {
        failing.push({
          category,
          id: ref.id,
          title: result.title,
          weight: ref.weight,
          score: result.score,
          error: result.errorMessage,
          items: itemCount(result.details),
        });
      }
    }
  }
  return failing;
}

const categoryFields = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' };
const numericFields = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  transferBytes: 'total-byte-weight',
};

/** @typedef {keyof typeof categoryFields | keyof typeof numericFields | 'scriptTransferBytes'} MeasurementField */

/**
 * One run's numbers; null where Lighthouse could not compute one.
 * @typedef {Record<MeasurementField, number | null>} Measurements
 */

/**
 * Names of the numbers measurements() returns, for tables that must list a page with no samples.
 * @type {MeasurementField[]}
 */
export const measurementFields = [
  .../** @type {Array<keyof typeof categoryFields>} */ (Object.keys(categoryFields)),
  .../** @type {Array<keyof typeof numericFields>} */ (Object.keys(numericFields)),
  'scriptTransferBytes',
];

/**
 * @param {LighthouseResult['audits'][string]['details']} details
 * @returns {number}
 */
function itemCount(details) {
  return (details && 'items' in details ? details.items?.length : undefined) ?? 0;
}

/**
 * @param {LighthouseResult} lhr
 * @returns {number | null}
 */
function scriptTransferBytes(lhr) {
  const details = lhr.audits['resource-summary']?.details;
  // The audit's details are always a table (Audit.makeTableDetails).
  const items = (details?.type === 'table' ? details.items : undefined) ?? [];
  const size = items.find((item) => item.resourceType === 'script')?.transferSize ?? null;
  // Lighthouse reports it as a number; anything else would not be a size.
  return typeof size === 'number' ? size : null;
}

/**
 * The numbers bench:web compares, from one run: scores 0–100, times in ms, sizes in bytes.
 * @param {LighthouseResult} lhr
 * @returns {Measurements}
 */
export function measurements(lhr) {
  return /** @type {Measurements} */ ({
    ...Object.fromEntries(Object.entries(categoryFields).map(([field, id]) => [field, categoryScore(lhr, id)])),
    ...Object.fromEntries(Object.entries(numericFields).map(([field, id]) => [field, lhr.audits[id]?.numericValue ?? null])),
    scriptTransferBytes: scriptTransferBytes(lhr),
  });
}

/**
 * Prints failing audits grouped by page: `failuresByPage` maps a page to failingAudits() results.
 * @param {ReadonlyMap<string, readonly FailingAudit[]>} failuresByPage
 * @param {(line: string) => void} [print]
 */
export function printFailures(failuresByPage, print = console.log) {
  for (const [page, failures] of failuresByPage) {
    if (failures.length === 0) continue;
    print(`\n${page}`);
    for (const failure of failures) {
      const note = failure.error
        ? ` — errored: ${failure.error}`
        : `${failure.weight === 0 ? ' (weight 0, does not change the score)' : ''}${failure.items ? `, ${failure.items} item(s)` : ''}`;
      const runs = failure.runs ? ` [failed in ${failure.runs} run(s)]` : '';
      print(`  ${failure.category.padEnd(14)} ${failure.id}: ${failure.title}${note}${runs}`);
    }
  }
}
