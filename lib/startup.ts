import 'server-only';
import { authSecret } from './auth/secret';
import { getOpenDatabase } from './db/client';
import { env, productionProblems } from './env';
import { startReminderTimer } from './reminders/run';

export async function checkStartup(): Promise<void> {
  const config = env();
  // `next build` also loads the server; it must neither need secrets nor open the database.
  if (config.NEXT_PHASE === 'phase-production-build') return;
  const problems = productionProblems(config);
  if (problems.length > 0) throw new Error(`the production configuration is incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  authSecret();
  const { driver, appliedMigrations } = await getOpenDatabase();
  const migrated = appliedMigrations.length > 0 ? `, applied ${appliedMigrations.join(', ')}` : '';
  console.info(`[unlisted] database ready (${driver === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.DATA_DIR}`}${migrated})`);
  startReminderTimer(config.REMINDERS_INTERVAL_SECONDS);
}
