// Signed-in people for the write benchmarks, made the way Auth.js database
// sessions are stored: a users row and a sessions row, the cookie carrying
// the raw session token. No sign-in mail round trip: it is not what we measure.
import { randomBytes } from 'node:crypto';
import { withClient } from './bench-database.mjs';
import { builtStepSlugs } from './built-pages.mjs';

/**
 * The seeded people's session cookies, and a round-robin picker over them.
 * @typedef {object} SignedInPeople
 * @property {string[]} cookies
 * @property {() => string} nextCookie
 */

/** Auth.js's cookie name over plain http (https adds the __Secure- prefix). */
const SESSION_COOKIE = 'authjs.session-token';

/**
 * Read from the build when first needed (the bench builds first).
 * @type {ReturnType<typeof builtStepSlugs> | undefined}
 */
let stepSlugs;
export const tiktokSteps = () => (stepSlugs ??= builtStepSlugs('tiktok'));
const STATUSES = ['done', 'skipped', 'todo'];
const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Inserts `count` people with a live session each (after the server has
 * migrated the database). Returns their cookies and a round-robin picker:
 * writes are limited per person, so the load is spread over all of them.
 * @param {{ databaseUrl: string, count: number }} options
 * @returns {Promise<SignedInPeople>}
 */
export async function seedSignedInUsers({ databaseUrl, count }) {
  const runId = randomBytes(4).toString('hex');
  const people = Array.from({ length: count }, (_, index) => ({
    userId: `bench-${runId}-${index}`,
    email: `bench-${runId}-${index}@unlisted.test`,
    sessionToken: randomBytes(32).toString('hex'),
  }));
  // As long as a real sign-in's (lib/auth maxAge): a session near its end is
  // extended by Auth.js on the next request, an extra write we must not bench.
  const expires = new Date(Date.now() + SESSION_MAX_AGE_MS);
  await withClient(databaseUrl, async (client) => {
    // One statement per table, the arrays unnested in SQL: 500 round trips would take longer than the bench.
    await client.query('INSERT INTO users (id, email) SELECT * FROM unnest($1::text[], $2::text[])', [
      people.map((person) => person.userId),
      people.map((person) => person.email),
    ]);
    await client.query(
      'INSERT INTO sessions (session_token, user_id, expires) SELECT token, id, $3 FROM unnest($1::text[], $2::text[]) AS s(token, id)',
      [people.map((person) => person.sessionToken), people.map((person) => person.userId), expires],
    );
  });
  const cookies = people.map((person) => `${SESSION_COOKIE}=${person.sessionToken}`);
  let next = 0;
  return {
    cookies,
    nextCookie: () => {
      const cookie = cookies[next++ % cookies.length];
      if (cookie === undefined) throw new Error('No signed-in people were seeded: count must be at least 1.');
      return cookie;
    },
  };
}

let writeCount = 0;

/** A PUT /api/progress/steps body, stamped now: the app refuses times in the future. */
export function stepUpdateBody() {
  writeCount += 1;
  return JSON.stringify({
    platform: 'tiktok',
    step: tiktokSteps()[writeCount % tiktokSteps().length],
    status: STATUSES[writeCount % STATUSES.length],
    updatedAt: new Date().toISOString(),
  });
}

/**
 * One write and one read with a seeded cookie, checked end to end, so the
 * bench can never quietly measure 401s or refused bodies.
 * @param {{ baseUrl: string, cookie: string }} options
 */
export async function verifySignedInWrite({ baseUrl, cookie }) {
  const update = { platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: new Date().toISOString() };
  const put = await fetch(`${baseUrl}/api/progress/steps`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(update),
  });
  if (put.status !== 200) {
    throw new Error(`PUT /api/progress/steps with a seeded session answered ${put.status}: ${await put.text()}`);
  }
  const get = await fetch(`${baseUrl}/api/progress`, { headers: { cookie } });
  /** @type {unknown} */
  const body = get.status === 200 ? await get.json() : undefined;
  const stored = valueAt(body, ['platforms', 'tiktok', 'steps', update.step, 'status']);
  if (stored !== update.status) {
    throw new Error(`GET /api/progress (${get.status}) does not show the step just written: ${JSON.stringify(body)}`);
  }
  const anonymous = await fetch(`${baseUrl}/api/progress`);
  if (anonymous.status !== 401) throw new Error(`GET /api/progress without a session answered ${anonymous.status}, not 401.`);
}

/**
 * The value at `path` inside parsed JSON, or undefined where the path breaks off
 * (what optional chaining would give, without trusting the JSON's shape).
 * @param {unknown} value
 * @param {readonly string[]} path
 * @returns {unknown}
 */
function valueAt(value, path) {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = /** @type {Record<string, unknown>} */ (current)[key];
  }
  return current;
}
