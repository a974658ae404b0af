import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getDb, getOpenDatabase, openDatabase } from './client';
import { DataDirInUseError } from './lock';
import { rateLimits } from './schema';
import { emptyDataDir } from './test-setup/data-dir';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

describe('getDb', () => {
  it('opens the database this run asked for (PostgreSQL when DATABASE_URL is set), once', async () => {
    const [first, second] = await Promise.all([getOpenDatabase(), getOpenDatabase()]);
    expect(first).toBe(second);
    expect(await getDb()).toBe(first.db);
    expect(first.driver).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('refuses to open anything while `next build` runs', async () => {
    vi.resetModules();
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    try {
      // A fresh copy of the modules, so lib/env reads the stubbed environment.
      const fresh = await import('./client');
      await expect(fresh.getDb()).rejects.toThrow(/must not be opened during `next build`/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('openDatabase on PGlite', () => {
  it('migrates a new directory, holds the lock while open, and keeps data across reopening', async () => {
    const dataDir = join(emptyDataDir(), 'nested', 'data');
    const lockFile = join(dataDir, 'pglite.lock');

    const first = await openDatabase({ dataDir });
    expect(first.driver).toBe('pglite');
    expect(first.appliedMigrations[0]).toBe('0000_initial');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(openDatabase({ dataDir })).rejects.toThrow(DataDirInUseError);
    await first.db.insert(rateLimits).values({ key: 'kept', windowStartedAt: new Date(), hits: 7 });
    await first.close();
    expect(existsSync(lockFile)).toBe(false);

    const second = await openDatabase({ dataDir });
    try {
      expect(second.appliedMigrations).toEqual([]);
      expect(await second.db.select({ hits: rateLimits.hits }).from(rateLimits)).toEqual([{ hits: 7 }]);
    } finally {
      await second.close();
    }
  }, 60_000); // creates a PGlite database from scratch: slow on a busy machine

  it('opens a throwaway in-memory database for `memory://`, with no files and no lock', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      expect(database.driver).toBe('pglite');
      expect(await database.db.select({ key: rateLimits.key }).from(rateLimits)).toEqual([]);
      expect(existsSync('memory:')).toBe(false);
    } finally {
      await database.close();
    }
  }, 60_000);
});
