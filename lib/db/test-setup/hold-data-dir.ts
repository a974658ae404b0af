// Run by lib/db/lock.test.ts in a child process, as a second server would be:
//   node --conditions=react-server --import tsx lib/db/test-setup/hold-data-dir.ts <dataDir> hold|exit
// `hold` opens the database and stays alive; `exit` opens it and exits without closing.
import { openDatabase } from '../client';

const [dataDir, mode] = process.argv.slice(2);

openDatabase({ dataDir: dataDir ?? '' }).then(
  () => {
    process.stdout.write('opened\n');
    if (mode === 'hold') setInterval(() => undefined, 60_000);
    else process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
