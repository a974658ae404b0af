import 'server-only';
import { authSecret } from './auth/secret';
import { getOpenDatabase } from './db/client';
import { env } from './env';
import { startReminderTimer } from './reminders/run';

export async function checkStartup(): Promise<void> {
  const config = env();
  // `next build` also loads the server; it must neither need secrets nor open the database.
  if (config.NEXT_PHASE === 'phase-production-build') return;
  authSecret();
  const { driver, appliedMigrations } = await getOpenDatabase();
  const migrated = appliedMigrations.length > 0 ? `, applied ${appliedMigrations.join(', ')}` : '';
  console.info(`[unlisted] database ready (${driver === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.DATA_DIR}`}${migrated})`);
  startReminderTimer(config.REMINDERS_INTERVAL_SECONDS);
}
