// Runs the production build the way a deployment does, for benchmarks: a
// fresh PostgreSQL database, a fresh DATA_DIR, and `next start` on a port of
// our own. Everything it creates is undone by the function it returns.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const DATABASE_PREFIX = 'unlisted_bench_';
// Older than this, a bench database is a leftover of a killed run, not a run going on beside us.
const STALE_DATABASE_MS = 3 * 60 * 60 * 1000;

/** `npm run build`, output shown; rejects when the build fails. */
export function buildApp() {
  return new Promise((resolve, reject) => {
    const build = spawn('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    build.on('error', reject);
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  });
}

/** Creates an empty database beside `adminUrl`'s; returns its URL and a function that drops it. */
export async function createFreshDatabase(adminUrl) {
  const name = `${DATABASE_PREFIX}${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withClient(adminUrl, async (admin) => {
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

export async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when something already accepts connections on the port (a health check there would lie). */
export function isPortTaken(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts `next start` from the existing build. Node is spawned directly, not
 * through npx, so killing our child stops the server (STACK.md trap 8). The
 * server's output is kept, not shown: `logs()` returns it for the report.
 */
export async function startApp({ port, databaseUrl }) {
  if (await isPortTaken(port)) throw new Error(`Port ${port} is already in use: stop whatever listens there first.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'unlisted-bench-'));
  // Trap 4: Next rewrites loopback hosts to localhost, so cookies and links are for localhost.
  const baseUrl = `http://localhost:${port}`;
  const output = [];
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      APP_URL: baseUrl,
      REMINDERS_INTERVAL_SECONDS: '0',
    },
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => output.push(chunk));
  }
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));

  async function stop() {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const forceKill = setTimeout(() => server.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(forceKill);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { baseUrl, dataDir, server, exited, stop, logs: () => output.join('') };
}

/** Waits until GET /api/health answers 200 (migrations have run by then); fails if the server exits first. */
export async function waitForHealth({ baseUrl, exited, timeoutMs = 90_000 }) {
  let exit;
  exited.then((result) => (exit = result));
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The server exited before it was healthy (code ${exit.code}, signal ${exit.signal}).`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
      lastProblem = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not healthy after ${timeoutMs / 1000} s (${lastProblem}).`);
}
