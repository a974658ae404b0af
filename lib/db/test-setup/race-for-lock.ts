// Run by lib/db/lock.test.ts, several at once: waits for the agreed moment, takes
// the DATA_DIR lock (or not), says which, and keeps it until killed.
//   node --import tsx lib/db/test-setup/race-for-lock.ts <dataDir> <startAtEpochMs>
import { DataDirInUseError, lockDataDir } from '../lock';

const [dataDir = '', startAt = '0'] = process.argv.slice(2);
// Spin rather than sleep: timers are too coarse to line the racers up.
while (Date.now() < Number(startAt));

try {
  lockDataDir(dataDir);
  process.stdout.write('locked\n');
  setInterval(() => undefined, 60_000);
} catch (error) {
  process.stdout.write(error instanceof DataDirInUseError ? 'refused\n' : `failed: ${String(error)}\n`);
}
