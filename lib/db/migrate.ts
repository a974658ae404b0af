// `npm run db:migrate`: brings the configured database up to date and exits.
// On the embedded database it takes the DATA_DIR lock like the server does,
// so it refuses to run beside a server that has the directory open.
import { env } from '@/lib/env';
import { openDatabase } from './client';

async function main() {
  const { DATABASE_URL, DATA_DIR } = env();
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: DATABASE_URL, dataDir: DATA_DIR });
  await database.close();
  const where = database.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${DATA_DIR}`;
  console.info(`Migrations applied to ${where} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
