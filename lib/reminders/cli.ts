// `npm run reminders`: one sweep, for cron. On the embedded database it takes
// the DATA_DIR lock, so beside a running server it refuses with a clear
// message instead of sharing the directory (which loses writes); with
// PostgreSQL any number of sweeps can run at once.
import { getOpenDatabase } from '@/lib/db/client';
import { runReminderSweep } from './run';
import { loggableError } from '@/lib/http/error-log';

async function main() {
  const database = await getOpenDatabase();
  try {
    const result = await runReminderSweep();
    console.info(`Reminders: ${result.claimed} due, ${result.sent} sent, ${result.retried} to retry, ${result.gaveUp} given up.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(loggableError(error));
  console.error('On the embedded database, a running server sweeps reminders itself (REMINDERS_INTERVAL_SECONDS), or call POST /api/cron/reminders.');
  process.exit(1);
});
