import 'server-only';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/env';
import { lockDataDir } from './lock';
import { takeMigrationLock } from './migration-lock';
import { migrationsFolder, pendingMigrations } from './migrations';
import * as schema from './schema';

/** One type over both drivers; code above this file never knows which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type OpenDatabase = {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Migrations applied while opening, oldest first (empty when already up to date). */
  appliedMigrations: string[];
  close(): Promise<void>;
};

/** `dataDir` value for a throwaway in-memory PGlite (no files, no lock). */
export const IN_MEMORY = 'memory://';

/**
 * Opens PostgreSQL when `databaseUrl` is set, else the embedded PGlite in
 * `${dataDir}/pglite` (`memory://` for an in-memory one), and brings the schema
 * up to date. Drivers are imported lazily so a deployment loads only its own.
 */
export async function openDatabase({
  databaseUrl,
  dataDir,
  migrationLockWaitMs,
}: {
  databaseUrl?: string;
  dataDir: string;
  /** How long PostgreSQL start-up waits for another instance's migration lock (MIGRATION_LOCK_WAIT_MS). */
  migrationLockWaitMs?: number;
}): Promise<OpenDatabase> {
  return databaseUrl ? openPostgres(databaseUrl, migrationLockWaitMs) : openPglite(dataDir);
}

async function openPostgres(databaseUrl: string, migrationLockWaitMs: number | undefined): Promise<OpenDatabase> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 10,
    // Without a connect timeout an unreachable server hangs start-up and /api/health forever.
    connectionTimeoutMillis: 10_000,
    // Names this instance in pg_stat_activity, and so in another instance's migration-lock
    // message; an application_name set in DATABASE_URL or PGAPPNAME takes its place.
    fallback_application_name: `unlisted (pid ${process.pid} on ${hostname()})`,
  });
  // An idle connection that drops emits 'error' on the pool; unhandled, it would crash the server.
  pool.on('error', (error) => console.error(`[db] an idle PostgreSQL connection failed: ${error.message}`));
  try {
    const connection = await pool.connect();
    let appliedMigrations: string[];
    try {
      // The advisory lock belongs to this connection, which is destroyed below: that releases it even on error.
      await takeMigrationLock(connection, { waitMs: migrationLockWaitMs });
      appliedMigrations = await pendingMigrations((text) => connection.query(text));
      await migrate(drizzle({ client: connection, schema }), { migrationsFolder });
    } finally {
      connection.release(true);
    }
    const db = drizzle({ client: pool, schema });
    return { db: db as unknown as Database, driver: 'postgres', appliedMigrations, close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function openPglite(dataDir: string): Promise<OpenDatabase> {
  const inMemory = dataDir === IN_MEMORY;
  // The lock comes first: PGlite must not even start on a directory another process owns (docs/stack-traps.md, trap 2).
  const lock = inMemory ? undefined : lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const directory = join(resolve(dataDir), 'pglite');
    if (!inMemory) mkdirSync(directory, { recursive: true }); // PGlite does not create parents (docs/stack-traps.md, trap 3)
    const client = inMemory ? new PGlite() : new PGlite(directory);
    try {
      const db = drizzle({ client, schema });
      const appliedMigrations = await pendingMigrations((text) => client.query<Record<string, unknown>>(text));
      await migrate(db, { migrationsFolder });
      return {
        db: db as unknown as Database,
        driver: 'pglite',
        appliedMigrations,
        async close() {
          try {
            await client.close();
          } finally {
            lock?.release();
          }
        },
      };
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
}

// On globalThis so Next's dev reloads (and its separate bundles in one process) share one database.
const globalForDb = globalThis as unknown as { unlistedDatabase?: Promise<OpenDatabase> };

/** The app's database, opened once per process from the environment. */
export async function getOpenDatabase(): Promise<OpenDatabase> {
  const { NEXT_PHASE, DATABASE_URL, DATA_DIR } = env();
  if (NEXT_PHASE === 'phase-production-build') {
    // `next build` must never open the data directory a running server owns (docs/stack-traps.md, trap 2).
    throw new Error('The database must not be opened during `next build`: open it only in dynamic routes.');
  }
  globalForDb.unlistedDatabase ??= openDatabase({ databaseUrl: DATABASE_URL, dataDir: DATA_DIR }).catch((error: unknown) => {
    // Not cached: the next request tries again (say, once the other process has stopped).
    globalForDb.unlistedDatabase = undefined;
    throw error;
  });
  return globalForDb.unlistedDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getOpenDatabase()).db;
}
