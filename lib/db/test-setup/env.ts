import { inject } from 'vitest';

// Points lib/env at this run's database before any test module reads it.
const databaseUrl = inject('databaseUrl');
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
else {
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = 'memory://';
}
