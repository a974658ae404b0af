// Builds and starts production Next.js servers for the benchmarks: our app on
// its own fresh database, or any other Next project (the bare page) with our
// next binary.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup, onExitKill } from './cleanup.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Our own next binary, run with node directly: killing `npx next start` orphans
// next-server, this way the PID we hold is the server's (docs/stack-traps.md, trap 8).
export const nextBin = join(projectRoot, 'node_modules/next/dist/bin/next');

/**
 * A started server: its address, its output so far, and how to stop it.
 * @typedef {object} NextServer
 * @property {string} url
 * @property {() => string} logs
 * @property {() => Promise<void>} stop
 */

/**
 * Runs `next build` in cwd, streaming its output to our stderr.
 * @param {string} cwd
 * @param {string} label
 * @returns {Promise<void>}
 */
export function buildNext(cwd, label) {
  console.error(`\n[${label}] next build in ${cwd}`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd,
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const forget = onCleanup(() => child.kill('SIGTERM'));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      forget();
      if (code === 0) {
        console.error(`[${label}] built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        resolve();
      } else reject(new Error(`[${label}] next build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * True when something already listens on the port: its answers would pass for ours.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** @type {(ms: number) => Promise<void>} */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `next start` (or `entry`) in cwd on the port and waits until readyPath answers 200.
 * The server gets its own process group so stopping it also stops anything it
 * spawned, and so the terminal's Ctrl-C reaches us first (we stop it in order).
 * Its output is kept, not shown: `logs()` returns all of it.
 * @param {object} options
 * @param {string} options.cwd
 * @param {number} options.port
 * @param {string[]} [options.entry] What node runs, before `--port`.
 * @param {Record<string, string>} [options.env]
 * @param {string} [options.readyPath]
 * @param {string} options.label
 * @param {number} [options.timeoutMs]
 * @param {string} [options.portAdvice]
 * @returns {Promise<NextServer>}
 */
export async function startNext({
  cwd,
  port,
  // Our app starts through its own entry (server.mjs); other projects through `next start`.
  entry = [nextBin, 'start'],
  env = {},
  readyPath = '/',
  label,
  timeoutMs = 120_000,
  portAdvice = 'pick another one with --port',
}) {
  if (await portInUse(port)) throw new Error(`[${label}] port ${port} is already in use: ${portAdvice}`);
  const child = spawn(process.execPath, [...entry, '--port', String(port)], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  /** @type {string[]} */
  const chunks = [];
  const logs = () => chunks.join('');
  // The end of it goes into the error message when it fails to start or dies mid-run.
  const tail = () => logs().slice(-20_000);
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8'); // A character split between two chunks stays whole.
    stream.on('data', (chunk) => chunks.push(chunk));
  }
  let exited = false;
  let stopping = false;
  const exitedPromise = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', (code, signal) => {
    exited = true;
    if (!stopping) console.error(`[${label}] server exited unexpectedly (${signal ?? code}):\n${tail()}`);
  });

  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    // No pid: spawning failed, so there is no group to kill.
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const forgetExitKill = onExitKill(() => killGroup('SIGKILL'));
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (!exited) {
      killGroup('SIGTERM');
      const timeout = sleep(10_000).then(() => 'timeout');
      if ((await Promise.race([exitedPromise, timeout])) === 'timeout') {
        killGroup('SIGKILL');
        await exitedPromise;
      }
    }
    forgetExitKill();
  };
  const forgetCleanup = onCleanup(stop);

  // localhost, not 127.0.0.1: Next 16 rewrites loopback hosts (docs/stack-traps.md, trap 4).
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`[${label}] server exited before it was ready:\n${tail()}`);
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`[${label}] ${url}${readyPath} not ready after ${timeoutMs / 1000} s:\n${tail()}`);
    await sleep(250);
  }
  console.error(`[${label}] ready at ${url}`);
  return {
    url,
    logs,
    stop: async () => {
      forgetCleanup();
      await stop();
    },
  };
}

/**
 * Starts our built app the way production would run it, on a fresh embedded
 * database of its own (PGlite loses writes when two processes share DATA_DIR,
 * docs/stack-traps.md, trap 2) that is deleted once the server has stopped, and waits
 * until /api/health answers 200 (migrations have run by then). `env` adds to
 * or overrides the server's environment: `{ DATABASE_URL }` runs it on
 * PostgreSQL instead. `logs()` returns the server's output so far.
 * @param {object} options
 * @param {number} options.port
 * @param {string} [options.label]
 * @param {Record<string, string>} [options.env]
 * @param {string} [options.portAdvice]
 * @returns {Promise<NextServer>}
 */
export async function startApp({ port, label = 'unlisted', env = {}, portAdvice }) {
  const scratch = mkdtempSync(join(tmpdir(), 'unlisted-bench-data-'));
  const forgetScratch = onCleanup(() => rmSync(scratch, { recursive: true, force: true }));
  const server = await startNext({
    cwd: projectRoot,
    entry: [join(projectRoot, 'server.mjs')],
    port,
    label,
    portAdvice,
    readyPath: '/api/health',
    env: {
      DATA_DIR: join(scratch, 'data'),
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_URL: '',
      // No background sweeps competing with the measurements.
      REMINDERS_INTERVAL_SECONDS: '0',
      APP_URL: `http://localhost:${port}`,
      // Production refuses to start without a mail server; the benchmarks send no mail, so none listens here.
      SMTP_URL: 'smtp://127.0.0.1:9',
      ...env,
    },
  });
  return {
    url: server.url,
    logs: server.logs,
    stop: async () => {
      await server.stop();
      forgetScratch();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
