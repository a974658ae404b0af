import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverInfo } from './mail';

/*
 * A production server of a spec's own, started the way the README says
 * (`npm start` runs server.mjs), on its own fresh embedded database, for
 * settings the shared test server does not have (another TRUSTED_PROXY_HOPS,
 * a missing SMTP_URL). It sends mail to the shared SMTP sink.
 */

export type ExtraServer = { port: number; url: string; output: () => string; stop: () => Promise<void> };

/** Ports above the shared server's, one block per Playwright worker, so parallel specs never collide. */
export function extraPort(workerIndex: number, slot: number): number {
  return Number(process.env.E2E_PORT ?? 3217) + 100 + workerIndex * 10 + slot;
}

/** How to start it: `npm start` (server.mjs), or Next's own server without it, as an operator might by mistake. */
export type Entry = 'server.mjs' | 'next start';

const ARGV: Record<Entry, string[]> = {
  'server.mjs': ['server.mjs'],
  'next start': ['node_modules/next/dist/bin/next', 'start'],
};

function launch(port: number, env: Record<string, string | undefined>, entry: Entry = 'server.mjs') {
  const dataDir = mkdtempSync(join(tmpdir(), 'unlisted-e2e-extra-'));
  const child = spawn(process.execPath, [...ARGV[entry], '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      SMTP_URL: serverInfo().smtpUrl,
      EMAIL_FROM: 'Unlisted <no-reply@unlisted.test>',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      REMINDERS_INTERVAL_SECONDS: '0',
      TRUSTED_PROXY_HOPS: '0',
      ...env,
    },
  });
  const chunks: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  return { child, exited, output: () => chunks.join(''), cleanup };
}

export async function startExtraServer(port: number, env: Record<string, string | undefined> = {}): Promise<ExtraServer> {
  const { child, exited, output, cleanup } = launch(port, env);
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone) throw new Error(`The server on ${port} exited before it was ready:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server on ${port} was not ready after 60 s:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    url,
    output,
    async stop() {
      if (!gone) {
        child.kill('SIGTERM');
        await exited;
      }
      cleanup();
    },
  };
}

/** Starts a server that must refuse to start: its exit code and everything it printed. */
export async function expectStartRefused(
  port: number,
  env: Record<string, string | undefined>,
  entry: Entry = 'server.mjs',
): Promise<{ code: number | null; output: string }> {
  const { child, exited, output, cleanup } = launch(port, env, entry);
  // A server that does start would never exit: stop waiting, and let the assertion on the code fail.
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await exited;
  clearTimeout(timeout);
  cleanup();
  return { code, output: output() };
}
