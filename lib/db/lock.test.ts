import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { DataDirInUseError, lockDataDir } from './lock';
import { emptyDataDir, migratedDataDir } from './test-setup/data-dir';

const lockFileIn = (dir: string) => join(dir, 'pglite.lock');
const holderOf = (dir: string) => (JSON.parse(readFileSync(lockFileIn(dir), 'utf8')) as { pid: number }).pid;
/** A pid far above any the kernel hands out (pid_max is at most 2^22), so never alive. */
const DEAD_PID = 2 ** 30;

/** Opens `dataDir` in another Node process, as a second server or `npm run db:migrate` would. */
function openInChild(dataDir: string, mode: 'hold' | 'exit'): { child: ChildProcessWithoutNullStreams; opened: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', join(process.cwd(), 'lib/db/test-setup/hold-data-dir.ts'), dataDir, mode],
    { cwd: process.cwd() },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const opened = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('opened') && resolve());
    child.on('exit', (code) => reject(new Error(`the child exited with ${code} before opening: ${stderr}`)));
  });
  return { child, opened };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('the DATA_DIR lock', () => {
  it('refuses a second process while the first has the database open, saying what to do', async () => {
    const dataDir = migratedDataDir();
    const { child, opened } = openInChild(dataDir, 'hold');
    try {
      await opened;
      expect(holderOf(dataDir)).toBe(child.pid);

      const refusal = openDatabase({ dataDir });
      await expect(refusal).rejects.toThrow(DataDirInUseError);
      await expect(refusal).rejects.toThrow(`DATA_DIR ${dataDir} is in use by process ${child.pid}`);
      await expect(refusal).rejects.toThrow(/loses writes when two processes share a directory/);
      await expect(refusal).rejects.toThrow(/Stop the other process.*another DATA_DIR.*DATABASE_URL/s);
      expect(holderOf(dataDir)).toBe(child.pid);

      // The holder dies without cleaning up (kill -9): its lock is stale and is taken over.
      child.kill('SIGKILL');
      await exited(child);
      expect(holderOf(dataDir)).toBe(child.pid);
      const database = await openDatabase({ dataDir });
      expect(holderOf(dataDir)).toBe(process.pid);
      await database.close();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('is released when the holding process exits without closing', async () => {
    const dataDir = migratedDataDir();
    const { child, opened } = openInChild(dataDir, 'exit');
    await opened;
    await exited(child);
    expect(existsSync(lockFileIn(dataDir))).toBe(false);
  }, 60_000);

  it('is taken over from a process that died', () => {
    const dataDir = emptyDataDir();
    writeFileSync(lockFileIn(dataDir), JSON.stringify({ pid: DEAD_PID, startedAt: '2026-01-01T00:00:00Z' }));
    const lock = lockDataDir(dataDir);
    expect(holderOf(dataDir)).toBe(process.pid);
    lock.release();
    expect(readdirSync(dataDir)).toEqual([]); // no drafts or stale copies left behind
  });

  it.each(['a new directory', 'a stale lock'])('goes to exactly one of several processes racing for %s', async (scene) => {
    const dataDir = emptyDataDir();
    if (scene === 'a stale lock') {
      writeFileSync(lockFileIn(dataDir), JSON.stringify({ pid: DEAD_PID, startedAt: '2026-01-01T00:00:00Z' }));
    }
    const script = join(process.cwd(), 'lib/db/test-setup/race-for-lock.ts');
    const startAt = String(Date.now() + 3000); // time enough for every racer to load
    const racers = Array.from({ length: 4 }, () => spawn(process.execPath, ['--import', 'tsx', script, dataDir, startAt]));
    try {
      const outcomes = await Promise.all(
        racers.map(
          (racer) =>
            new Promise<string>((resolve) => {
              let output = '';
              racer.stdout.on('data', (chunk: Buffer) => {
                output += chunk.toString();
                if (output.includes('\n')) resolve(output.trim());
              });
              racer.on('exit', () => resolve(output.trim() || 'exited silently'));
            }),
        ),
      );
      expect(outcomes.sort()).toEqual(['locked', 'refused', 'refused', 'refused']);
      expect(racers.map((racer) => racer.pid)).toContain(holderOf(dataDir));
    } finally {
      for (const racer of racers) racer.kill('SIGKILL');
    }
  }, 60_000);

  it('is taken over when unreadable, or left by an earlier process that had our pid', () => {
    for (const leftover of ['', 'not json', JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' })]) {
      const dataDir = emptyDataDir();
      writeFileSync(lockFileIn(dataDir), leftover);
      const lock = lockDataDir(dataDir);
      expect(holderOf(dataDir)).toBe(process.pid);
      lock.release();
    }
  });

  it('refuses a second open in the same process', () => {
    const dataDir = emptyDataDir();
    const lock = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(/already open in this process/);
    } finally {
      lock.release();
    }
    lockDataDir(dataDir).release(); // free again once released
  });
});
