import { rmSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { migratedDataDir } from './data-dir';

// Runs before each test file: points lib/env at this file's own database
// (see global-setup.ts) before any test module reads the environment.
const databaseUrl = inject('databaseUrl');

// A fixed secret for rate-limit keys and link tags: without one, each test file would
// generate a development secret into DATA_DIR (or, on PostgreSQL, into ./.data).
process.env.AUTH_SECRET ??= 'test-secret-for-unit-tests-only-0123456789';

if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  const dataDir = migratedDataDir();
  process.env.DATA_DIR = dataDir;
  // Runs after the file's own afterAll hooks (which close its database).
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
}
