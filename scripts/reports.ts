// `npm run reports`: the problem reports readers sent from step pages, newest
// first, as a table or (--json) as JSON. Opens the database the way the app
// does (DATABASE_URL, else the embedded one in DATA_DIR); on the embedded one it
// takes the DATA_DIR lock, so beside a running server it refuses with a message
// instead of sharing the directory (docs/stack-traps.md, trap 2).
//
//   --json               every field of every report, messages whole
//   --limit=N            at most N reports (50 unless given)
//   --platform=<slug>    only reports about one platform's steps
//   --since=YYYY-MM-DD   only reports received that day (UTC) or later
import { getOpenDatabase } from '@/lib/db/client';
import { listProblemReports } from '@/lib/db/queries/problem-reports';
import { loggableError } from '@/lib/http/error-log';
import { parseReportsArgs, reportAsJson, reportsTable, REPORTS_USAGE, ReportsUsageError, type ReportsOptions } from '@/lib/problem-reports/listing';

async function main() {
  let options: ReportsOptions;
  try {
    options = parseReportsArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ReportsUsageError)) throw error;
    console.error(`${error.message}\n${REPORTS_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const database = await getOpenDatabase();
  try {
    const reports = await listProblemReports({ platform: options.platform, since: options.since, limit: options.limit });
    console.log(options.json ? JSON.stringify(reports.map(reportAsJson), null, 2) : reportsTable(reports, options));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(loggableError(error));
  console.error('On the embedded database, stop the server first (it owns DATA_DIR), or list reports on PostgreSQL while it runs.');
  process.exitCode = 1;
});
