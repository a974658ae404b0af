import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './lock';

const fresh = () => mkdtempSync(join(tmpdir(), 'unlisted-lock-'));

describe('the DATA_DIR lock', () => {
  it('is taken, and released', () => {
    const dir = fresh();
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, 'pglite.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
  });

  it('refuses a directory another live process holds, saying what to do', async () => {
    const dir = fresh();
    // Another process takes the lock and stays alive.
    const lockModule = join(process.cwd(), 'lib/db/lock.ts');
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', // tsx loads the TypeScript module as CommonJS here, so its exports sit on `default`.
        `import(${JSON.stringify(lockModule)}).then((m) => { (m.lockDataDir ?? m.default.lockDataDir)(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); })`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        holder.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
      });
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir)).toThrow(
        new RegExp(`DATA_DIR .* is already in use by process ${holder.pid}\\. The embedded database \\(PGlite\\) loses writes`),
      );
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that died', () => {
    const dir = fresh();
    // A pid far above any the kernel hands out.
    writeFileSync(join(dir, 'pglite.lock'), JSON.stringify({ pid: 2 ** 30, startedAt: '2026-01-01T00:00:00Z' }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, 'pglite.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
