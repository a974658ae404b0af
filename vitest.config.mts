import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./lib/db/test-setup/empty.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'content/**/*.test.ts', 'app/**/*.test.ts', 'eslint/**/*.test.ts'],
    // *.pg.test.ts need a PostgreSQL server: they run in the pass that has one (DATABASE_URL).
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : ['**/*.pg.test.ts'])],
    environment: 'node',
    globalSetup: ['lib/db/test-setup/global-setup.ts'],
    setupFiles: ['lib/db/test-setup/env.ts'],
    // Files share one PostgreSQL database in CI's second run; each uses its own users.
    testTimeout: 20_000,
  },
});
