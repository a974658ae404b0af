import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { getOpenDatabase } from '../client';
import { runOnServer } from './server-admin';

/**
 * For test files that sweep. A claim takes every due reminder in the
 * database, and on PostgreSQL every file of a run shares one database, so a
 * sweeping file there gets a database of its own, made before anything opens
 * one (PGlite files have their own already). Also closes the file's database
 * at the end: a file using this must not close it itself.
 */
export function withOwnDatabase(): void {
  const serverUrl = process.env.DATABASE_URL;
  let name: string | undefined;

  beforeAll(async () => {
    if (!serverUrl) return;
    // Generated, so safe to splice into the statements (identifiers cannot be parameters).
    name = `${new URL(serverUrl).pathname.slice(1)}_own_${randomBytes(4).toString('hex')}`;
    await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    const { db } = await getOpenDatabase();
    // Both drivers answer with `rows`; the type over either of them does not say so.
    const { rows } = (await db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
    if (rows[0]?.name !== name) throw new Error('The shared test database was opened before withOwnDatabase() could switch it.');
  }, 60_000);

  afterAll(async () => {
    await (await getOpenDatabase()).close();
    if (serverUrl && name) {
      process.env.DATABASE_URL = serverUrl;
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
}
