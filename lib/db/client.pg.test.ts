import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';

// A *.pg.test.ts file: run only in the PostgreSQL pass (vitest.config.mts), as it needs a server.
describe('openDatabase on PostgreSQL', () => {
  it('lets instances that start together on a new database migrate it once, without tripping over each other', async () => {
    const serverUrl = process.env.DATABASE_URL ?? '';
    const name = `unlisted_test_concurrent_${randomBytes(4).toString('hex')}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const instances = await Promise.all(
        Array.from({ length: 4 }, () => openDatabase({ databaseUrl: url.toString(), dataDir: 'unused' })),
      );
      await Promise.all(instances.map((instance) => instance.close()));
      expect(instances.map((instance) => instance.driver)).toEqual(['postgres', 'postgres', 'postgres', 'postgres']);
      const appliedBy = instances.filter((instance) => instance.appliedMigrations.length > 0);
      expect(appliedBy).toHaveLength(1);
      expect(appliedBy[0]?.appliedMigrations[0]).toBe('0000_initial');
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 60_000);
});
