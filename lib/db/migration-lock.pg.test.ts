import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { MIGRATION_LOCK_NAME, MigrationLockTimeoutError } from './migration-lock';

// A *.pg.test.ts file: run only in the PostgreSQL pass (vitest.config.mts), as it needs a server.
describe('the migration lock on PostgreSQL', () => {
  it('gives up after its deadline, naming the backend that holds the lock, and opens once it is free', async () => {
    const serverUrl = process.env.DATABASE_URL ?? '';
    // A database of its own: the lock is per database, and others' start-ups must not wait on it.
    const name = `unlisted_test_lock_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const holder = new pg.Client({ connectionString: url.toString(), application_name: 'stuck-instance-under-test' });
    try {
      await holder.connect();
      const { rows } = await holder.query<{ pid: number }>('select pg_backend_pid() as pid');
      const holderPid = rows[0]!.pid;
      await holder.query('select pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_NAME]);

      const started = Date.now();
      const refusal = openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', migrationLockWaitMs: 1_000 });
      await expect(refusal).rejects.toThrow(MigrationLockTimeoutError);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(1_000);
      expect(waited).toBeLessThan(10_000);
      const message = await refusal.then(
        () => '',
        (error: Error) => error.message,
      );
      expect(message).toContain('Could not take the migration lock in 1 s');
      expect(message).toContain(`backend pid ${holderPid}`);
      expect(message).toContain('application "stuck-instance-under-test"');
      expect(message).toMatch(/client (\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(:\d+)?|client a local socket/);
      expect(message).toMatch(/at most the \d+ s its connection has been open/);

      await holder.query('select pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK_NAME]);
      const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', migrationLockWaitMs: 1_000 });
      expect(database.appliedMigrations[0]).toBe('0000_initial');
      await database.close();
    } finally {
      await holder.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
