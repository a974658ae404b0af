import { defineConfig } from 'drizzle-kit';

// One migration folder serves both drivers (PGlite and node-postgres).
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
