// A PostgreSQL database of its own for each benchmark run, created beside the
// admin URL's and dropped by the function it returns; and a one-off client.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const DATABASE_PREFIX = 'unlisted_bench_';
// Older than this, a bench database is a leftover of a killed run, not a run going on beside us.
const STALE_DATABASE_MS = 3 * 60 * 60 * 1000;

/**
 * A benchmark's own database and the function that drops it.
 * @typedef {object} BenchDatabase
 * @property {string} name
 * @property {string} url
 * @property {() => Promise<unknown>} drop
 */

/**
 * Creates an empty database beside `adminUrl`'s; returns its URL and a function that drops it.
 * @param {string} adminUrl
 * @returns {Promise<BenchDatabase>}
 */
export async function createFreshDatabase(adminUrl) {
  const name = `${DATABASE_PREFIX}${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withClient(adminUrl, async (admin) => {
    /** @type {import('pg').QueryResult<{ datname: string }>} */
    const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${DATABASE_PREFIX}%`]);
    for (const { datname } of rows) {
      const createdAt = Number(datname.slice(DATABASE_PREFIX.length).split('_')[0]);
      if (Number.isFinite(createdAt) && createdAt < Date.now() - STALE_DATABASE_MS) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // FORCE: the server's pool may still hold connections if it was killed mid-request.
    drop: () => withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/**
 * Runs `work` with a connected client, and always closes it.
 * @template T
 * @param {string} connectionString
 * @param {(client: import('pg').Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
