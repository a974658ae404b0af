// Drives load with autocannon and reduces each run to the figures we print.
import autocannon from 'autocannon';

/*
 * Why the rate is split into staggered slices: autocannon's rate limit is per
 * connection and per second: each connection sends its whole quota for the
 * second back to back, then waits, and all connections start together. One
 * instance at 300 req/s is therefore a burst of 300 requests at the top of
 * every second, which measures queueing behind that burst, not "300 people a
 * second". Twenty instances of 15 req/s, started 50 ms apart, spread the same
 * load over the second the way independent visitors would.
 */
const SLICES_PER_SECOND = 20;
const CONNECTIONS_PER_SLICE = 2;
const REQUEST_TIMEOUT_SECONDS = 10;

/** @typedef {import('autocannon').Request} LoadRequest */

/**
 * One run reduced to what the tables print: latencies in ms.
 * @typedef {object} LoadSummary
 * @property {number} requestsPerSecond
 * @property {number} p50
 * @property {number} p99
 * @property {number} max
 * @property {number} responses
 * @property {number} non2xx
 * @property {number} socketErrors
 * @property {Record<string, number>} statusCodes
 */

/**
 * Holds `rate` req/s for `durationSeconds` with the given request sequence
 * (autocannon `requests`, cycled per connection). Latencies are the measured
 * response times: autocannon's coordinated-omission correction assumes a 1 ms
 * send interval at these rates and would invent samples, so it is off; a
 * server too slow to keep up shows as a held rate below the target instead.
 * @param {{ baseUrl: string, rate: number, durationSeconds: number, requests: LoadRequest[] }} options
 * @returns {Promise<LoadSummary>}
 */
export async function runAtRate({ baseUrl, rate, durationSeconds, requests }) {
  const slices = Math.min(SLICES_PER_SECOND, rate);
  const runs = Array.from({ length: slices }, (_, index) => {
    const sliceRate = Math.floor(rate / slices) + (index < rate % slices ? 1 : 0);
    return delay((index * 1000) / slices).then(() =>
      autocannon({
        url: baseUrl,
        requests,
        overallRate: sliceRate,
        connections: CONNECTIONS_PER_SLICE,
        duration: durationSeconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        ignoreCoordinatedOmission: true,
        // Raw results keep their encoded histograms, so the slices can be merged below.
        skipAggregateResult: true,
      }),
    );
  });
  const results = await Promise.all(runs);
  const merged = autocannon.aggregateResult(results, { url: baseUrl, connections: slices * CONNECTIONS_PER_SLICE });
  // The merged result has no per-second request histogram: the held rate is summed from the slices.
  const heldRate = results.reduce((sum, result) => sum + result.totalCompletedRequests / result.duration, 0);
  return summarize(merged, heldRate);
}

/**
 * As many requests as `connections` keep-alive connections get answered: the ceiling, not a realistic load.
 * @param {{ baseUrl: string, durationSeconds: number, requests: LoadRequest[], connections?: number }} options
 * @returns {Promise<LoadSummary>}
 */
export async function runAtMaxThroughput({ baseUrl, durationSeconds, requests, connections = 10 }) {
  const result = await autocannon({ url: baseUrl, requests, connections, duration: durationSeconds, timeout: REQUEST_TIMEOUT_SECONDS });
  return summarize(result, result.requests.total / result.duration);
}

/**
 * A fixed number of requests, to load code paths and warm caches before anything is measured.
 * @param {{ baseUrl: string, requests: LoadRequest[], amount?: number }} options
 * @returns {Promise<LoadSummary>}
 */
export async function warmUp({ baseUrl, requests, amount = 200 }) {
  const result = await autocannon({ url: baseUrl, requests, connections: 4, amount, timeout: REQUEST_TIMEOUT_SECONDS });
  return summarize(result, 0);
}

/**
 * @param {import('autocannon').Result} result
 * @param {number} requestsPerSecond
 * @returns {LoadSummary}
 */
function summarize(result, requestsPerSecond) {
  return {
    requestsPerSecond,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    responses: Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + count, 0),
    non2xx: result.non2xx,
    // autocannon counts timeouts among its errors: together they are the socket-level failures.
    socketErrors: result.errors,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
