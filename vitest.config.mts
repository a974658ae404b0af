import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./lib/db/test-setup/empty.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'content/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['lib/db/test-setup/global-setup.ts'],
    setupFiles: ['lib/db/test-setup/env.ts'],
    // Files share one PostgreSQL database in CI's second run; each uses its own users.
    testTimeout: 20_000,
  },
});
