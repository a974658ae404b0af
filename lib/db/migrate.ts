// `npm run db:migrate`: brings the configured database up to date and exits.
// On the embedded database it takes the DATA_DIR lock like the server does,
// so it refuses to run beside a server that has the directory open.
import { resolve } from 'node:path';
import { env } from '@/lib/env';
import { openDatabase } from './client';

async function main() {
  const { DATABASE_URL, DATA_DIR } = env();
  const where = DATABASE_URL ? `PostgreSQL at ${new URL(DATABASE_URL).host}` : `PGlite in ${resolve(DATA_DIR)}`;
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: DATABASE_URL, dataDir: DATA_DIR });
  await database.close();
  const { appliedMigrations } = database;
  console.info(
    appliedMigrations.length === 0
      ? `${where}: already up to date, nothing to apply.`
      : `${where}: applied ${appliedMigrations.length} migration(s) in ${Date.now() - started} ms: ${appliedMigrations.join(', ')}.`,
  );
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
