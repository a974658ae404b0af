import 'server-only';
import { join } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/env';
import { lockDataDir } from './lock';
import * as schema from './schema';

/** One type over both drivers; code above this file never knows which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type OpenDatabase = {
  db: Database;
  driver: 'pglite' | 'postgres';
  close(): Promise<void>;
};

const migrationsFolder = join(process.cwd(), 'drizzle');

/**
 * Opens PostgreSQL when `databaseUrl` is set, else the embedded PGlite in
 * `dataDir` (`memory://` for a throwaway in-memory one), and brings the
 * schema up to date. Drivers are imported lazily so each deployment loads
 * only the one it uses.
 */
export async function openDatabase({ databaseUrl, dataDir }: { databaseUrl?: string; dataDir: string }): Promise<OpenDatabase> {
  if (databaseUrl) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new Pool({ connectionString: databaseUrl, max: 10 });
    const db = drizzle({ client: pool, schema });
    try {
      await migrate(db, { migrationsFolder });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db: db as unknown as Database, driver: 'postgres', close: () => pool.end() };
  }

  const inMemory = dataDir === 'memory://';
  const lock = inMemory ? undefined : lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = inMemory ? new PGlite() : new PGlite(join(dataDir, 'pglite'));
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      driver: 'pglite',
      async close() {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

const globalForDb = globalThis as unknown as { unlistedDatabase?: Promise<OpenDatabase> };

/** The app's database, opened once per process (and kept across dev reloads). */
export function getOpenDatabase(): Promise<OpenDatabase> {
  const { NEXT_PHASE, DATABASE_URL, DATA_DIR } = env();
  if (NEXT_PHASE === 'phase-production-build') {
    // `next build` must never open the data directory a running server owns (trap 2).
    throw new Error('The database must not be opened during `next build`: open it only in dynamic routes.');
  }
  globalForDb.unlistedDatabase ??= openDatabase({ databaseUrl: DATABASE_URL, dataDir: DATA_DIR }).catch((error: unknown) => {
    globalForDb.unlistedDatabase = undefined;
    throw error;
  });
  return globalForDb.unlistedDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getOpenDatabase()).db;
}
