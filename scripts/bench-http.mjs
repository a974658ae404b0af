// HTTP benchmark of the production build on PostgreSQL: requests per second
// and p50/p99 latency for a static step page, the health check, signed-in
// progress writes at a held 300 req/s, and a mixed load at 200 req/s, each
// printed against its target. A missed target is printed, not an exit code:
// this is a measurement; only a broken setup exits non-zero.
//
// Usage: npm run bench:http [-- --duration S] [--mixed-duration S] [--no-build]
// The PostgreSQL server is BENCH_DATABASE_URL's (default: the local test one);
// the bench creates its own database there and drops it at the end.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createFreshDatabase } from './lib/bench-database.mjs';
import { isStopping, onCleanup, runMain } from './lib/cleanup.mjs';
import { runAtMaxThroughput, runAtRate, warmUp } from './lib/http-bench-load.mjs';
import { errorCount, printMixedBreakdown, printServerTrouble, printStatusCodes, printTable } from './lib/http-bench-report.mjs';
import { seedSignedInUsers, stepUpdateBody, tiktokSteps, verifySignedInWrite } from './lib/http-bench-users.mjs';
import { buildNext, projectRoot, startApp } from './lib/next-server.mjs';

/** @typedef {import('./lib/http-bench-load.mjs').LoadRequest} LoadRequest */
/** @typedef {import('./lib/http-bench-load.mjs').LoadSummary} LoadSummary */
/** @typedef {import('./lib/http-bench-report.mjs').BenchRow} BenchRow */
/** @typedef {import('./lib/http-bench-report.mjs').Target} Target */

const PORT = 3241;
const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const STEP_PAGE = '/tiktok/make-account-private';
const WRITE_RATE = 300;
const WRITE_P99_TARGET_MS = 20;
const MIXED_RATE = 200;
// Writes are limited to about 120 a minute per person: at 300 writes/s over
// 500 people each one writes 36 times a minute, far below the limit.
const SIGNED_IN_PEOPLE = 500;
// A rate counts as held when at least this share of it was answered.
const HELD_RATE_SHARE = 0.97;
const SETTLE_MS = 3000;

const options = readOptions();
// Set once the server is up: its output is printed when the run fails.
/** @type {import('./lib/next-server.mjs').NextServer | null} */
let app = null;

// runMain's cleanup undoes newest first: the server stops before its database is dropped.
await runMain(
  async () => {
    try {
      await main();
      return 0;
    } catch (error) {
      if (isStopping()) return 1; // Interrupted: the errors are only the server going away.
      console.error(`\nbench:http failed: ${error instanceof Error ? error.message : String(error)}`);
      if (app) console.error(`Server output (last 4000 characters):\n${app.logs().slice(-4000)}`);
      return 1;
    }
  },
  { stopping: 'stopping the server and dropping the bench database' },
);

async function main() {
  if (options.build) await buildNext(projectRoot, 'unlisted');

  const database = await createFreshDatabase(ADMIN_DATABASE_URL);
  onCleanup(database.drop);
  app = await startApp({
    port: PORT,
    env: { DATABASE_URL: database.url },
    portAdvice: 'stop whatever listens there first',
  });
  const baseUrl = app.url;
  console.log(`Server healthy on ${baseUrl}, database ${database.name}.`);

  const people = await seedSignedInUsers({ databaseUrl: database.url, count: SIGNED_IN_PEOPLE });
  const firstCookie = people.cookies[0];
  if (firstCookie === undefined) throw new Error('No signed-in sessions were seeded.');
  await verifySignedInWrite({ baseUrl, cookie: firstCookie });
  await verifyAnswers200(baseUrl, [STEP_PAGE, '/tiktok', '/api/health']);
  console.log(`${SIGNED_IN_PEOPLE} signed-in sessions seeded; a write and its read-back checked.`);

  const requests = benchRequests(people);
  for (const sequence of [requests.stepPage, requests.health, requests.stepWrite, requests.mixed]) {
    const warm = await warmUp({ baseUrl, requests: sequence });
    if (errorCount(warm) > 0) console.warn(`Warm-up saw errors: ${JSON.stringify(warm.statusCodes)}`);
  }

  const { duration, mixedDuration } = options;
  /** @type {BenchRow[]} */
  const rows = [];
  /**
   * @param {string} name
   * @param {string} load
   * @param {number} seconds
   * @param {(durationSeconds: number) => Promise<LoadSummary>} run
   * @param {(row: BenchRow) => Target} [target]
   */
  const measure = async (name, load, seconds, run, target) => {
    // A run the server could not keep up with leaves a queue behind: let it drain before the next.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    console.log(`Running ${name} (${load}, ${seconds} s)…`);
    /** @type {BenchRow} */
    const row = { name, load, ...(await run(seconds)) };
    row.target = target?.(row);
    rows.push(row);
  };

  await measure(`GET ${STEP_PAGE}`, `${WRITE_RATE} req/s`, duration, (durationSeconds) =>
    runAtRate({ baseUrl, rate: WRITE_RATE, durationSeconds, requests: requests.stepPage }),
  );
  await measure(`GET ${STEP_PAGE}`, 'max, 10 connections', duration, (durationSeconds) =>
    runAtMaxThroughput({ baseUrl, durationSeconds, requests: requests.stepPage }),
  );
  await measure('GET /api/health', `${WRITE_RATE} req/s`, duration, (durationSeconds) =>
    runAtRate({ baseUrl, rate: WRITE_RATE, durationSeconds, requests: requests.health }),
  );
  await measure(
    'PUT /api/progress/steps (signed in)',
    `${WRITE_RATE} req/s`,
    duration,
    (durationSeconds) => runAtRate({ baseUrl, rate: WRITE_RATE, durationSeconds, requests: requests.stepWrite }),
    writeTarget,
  );
  // The warm-up went through the mixed sequence too: only the measured run is tallied.
  requests.resetMixedTallies();
  await measure(
    'mixed',
    `${MIXED_RATE} req/s`,
    mixedDuration,
    (durationSeconds) => runAtRate({ baseUrl, rate: MIXED_RATE, durationSeconds, requests: requests.mixed }),
    mixedTarget,
  );

  // The machine may be shared: the load average says how far to trust the figures.
  const load = loadavg().map((value) => value.toFixed(1)).join(' / ');
  console.log(`\nHTTP benchmark, PostgreSQL, ${new Date().toISOString()}, load average ${load} on ${cpus().length} cores (latencies in whole ms)\n`);
  printTable(rows);
  console.log('');
  printStatusCodes(rows);
  printMixedBreakdown(requests.mixedTallies);
  console.log('');
  printServerTrouble(app.logs());
}

/**
 * @param {BenchRow} row
 * @returns {Target}
 */
function writeTarget(row) {
  const text = `p99 <= ${WRITE_P99_TARGET_MS} ms at ${WRITE_RATE} req/s, 0 errors`;
  const problems = [];
  if (row.p99 > WRITE_P99_TARGET_MS) problems.push(`p99 ${row.p99} ms`);
  if (row.requestsPerSecond < WRITE_RATE * HELD_RATE_SHARE) problems.push(`held only ${row.requestsPerSecond.toFixed(0)} req/s`);
  if (errorCount(row) > 0) problems.push(`${errorCount(row)} errors`);
  return { text, met: problems.length === 0, why: problems.join(', ') };
}

/**
 * @param {BenchRow} row
 * @returns {Target}
 */
function mixedTarget(row) {
  const problems = [];
  if (errorCount(row) > 0) problems.push(`${errorCount(row)} errors`);
  if (row.requestsPerSecond < MIXED_RATE * HELD_RATE_SHARE) problems.push(`held only ${row.requestsPerSecond.toFixed(0)} req/s`);
  return { text: `0 errors at ${MIXED_RATE} req/s`, met: problems.length === 0, why: problems.join(', ') };
}

/**
 * The autocannon request sequences; the mixed one also tallies statuses per kind of request.
 * @param {import('./lib/http-bench-users.mjs').SignedInPeople} people
 */
function benchRequests(people) {
  // What a browser sends: Next compresses pages itself, and that is part of serving one.
  const pageHeaders = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
  let stepIndex = 0;
  /** @type {(request: LoadRequest) => LoadRequest} */
  const anyStepPage = (request) => ({ ...request, path: `/tiktok/${tiktokSteps()[stepIndex++ % tiktokSteps().length]}` });
  /** @type {(request: LoadRequest) => LoadRequest} */
  const signedIn = (request) => ({ ...request, headers: { ...request.headers, cookie: people.nextCookie() } });
  /** @type {LoadRequest} */
  const stepWrite = {
    method: 'PUT',
    path: '/api/progress/steps',
    headers: { 'content-type': 'application/json' },
    // A fresh body per request: updatedAt is stamped now, and the steps and people rotate.
    setupRequest: (request) => ({ ...signedIn(request), body: stepUpdateBody() }),
  };
  /**
   * Answers by request kind, then by status code.
   * @type {Record<string, Record<string, number>>}
   */
  const mixedTallies = {};
  /** @type {(kind: string, request: LoadRequest) => LoadRequest} */
  const tallied = (kind, request) => {
    mixedTallies[kind] ??= {};
    return {
      ...request,
      onResponse: (status) => {
        const statuses = (mixedTallies[kind] ??= {});
        statuses[status] = (statuses[status] ?? 0) + 1;
      },
    };
  };
  const stepPages = tallied('GET step pages', { method: 'GET', path: STEP_PAGE, headers: pageHeaders, setupRequest: anyStepPage });
  const platformPage = tallied('GET /tiktok', { method: 'GET', path: '/tiktok', headers: pageHeaders });
  const health = tallied('GET /api/health', { method: 'GET', path: '/api/health' });
  const progressRead = tallied('GET /api/progress', { method: 'GET', path: '/api/progress', setupRequest: signedIn });
  const progressWrite = tallied('PUT /api/progress/steps', stepWrite);
  return {
    stepPage: [{ method: 'GET', path: STEP_PAGE, headers: pageHeaders }],
    health: [{ method: 'GET', path: '/api/health' }],
    stepWrite: [stepWrite],
    // Ten requests a cycle: 40 % step pages, 10 % /tiktok, 10 % health, 20 % progress reads, 20 % writes.
    mixed: [stepPages, platformPage, stepPages, progressRead, progressWrite, stepPages, health, stepPages, progressRead, progressWrite],
    mixedTallies,
    resetMixedTallies: () => {
      for (const kind of Object.keys(mixedTallies)) mixedTallies[kind] = {};
    },
  };
}

/**
 * @param {string} baseUrl
 * @param {readonly string[]} paths
 */
async function verifyAnswers200(baseUrl, paths) {
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}, not 200.`);
  }
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      'mixed-duration': { type: 'string', default: '60' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  /** @type {(flag: 'duration' | 'mixed-duration') => number} */
  const seconds = (flag) => {
    const value = Number(values[flag]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a whole number of seconds, at least 1.`);
    return value;
  };
  return { duration: seconds('duration'), mixedDuration: seconds('mixed-duration'), build: !values['no-build'] };
}
