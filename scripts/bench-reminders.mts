// npm run bench:reminders [-- --count 10000 --sweepers 2]
// npm run bench:reminders -- --fault-crashes 1000 [--count 2000 --seed N]
//
// Delivers N due reminders to a local SMTP sink through the real sweep, the
// real database store and the real email seam, with several sweepers running
// at once (as several instances would). Prints the time, the rate, and how
// many messages arrived twice (must be 0). Uses a fresh database: PGlite in a
// temporary directory, or a new database on the server when DATABASE_URL is set.
//
// With --fault-crashes: the fault-injection run of
// lib/reminders/fault-injection.pg.test.ts, larger (by default 2,000 reminders):
// that many crashes injected at random points of the send path, some countdowns
// stopped, until every reminder is final. Prints the counts; fails on a lost
// reminder, a send after a stop or a duplicate outside the accept-to-mark window.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    sweepers: { type: 'string', default: '2' },
    'fault-crashes': { type: 'string' },
    seed: { type: 'string' },
  },
});
const faultCrashes = values['fault-crashes'] === undefined ? undefined : Number(values['fault-crashes']);
const count = Number(values.count ?? (faultCrashes === undefined ? '10000' : '2000'));
const sweepers = Number(values.sweepers);

// The SMTP sink: counts messages per Message-ID without parsing bodies. The fault run
// brings its own, which also drops connections mid-DATA and records when it accepted.
const seen = new Map<string, number>();
// Imported before the environment is set: nothing in it reads the environment until it runs.
const harness = faultCrashes === undefined ? undefined : await import('@/lib/reminders/test-support/fault-harness');
const faultSink = await harness?.startSmtpSink();
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 4096) head += chunk.toString('utf8');
    });
    stream.on('end', () => {
      const id = head.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? 'missing';
      seen.set(id, (seen.get(id) ?? 0) + 1);
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as { port: number }).port;

// A fresh database, configured through the same variables a deployment uses.
let cleanup = async () => {};
const baseUrl = process.env.DATABASE_URL;
if (baseUrl) {
  const name = `unlisted_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'unlisted-bench-'));
  process.env.DATA_DIR = dir;
  const previous = cleanup;
  cleanup = async () => {
    await previous();
    rmSync(dir, { recursive: true, force: true });
  };
}
// Pooled connections, as a deployment sending many reminders would configure.
process.env.SMTP_URL = faultSink
  ? harness!.sinkUrl(faultSink, sweepers * 8)
  : `smtp://127.0.0.1:${smtpPort}/?pool=true&maxConnections=${sweepers * 8}`;
process.env.APP_URL = 'https://unlisted.example';
process.env.AUTH_SECRET = randomBytes(32).toString('base64url');

const { getDb, getOpenDatabase } = await import('@/lib/db/client');
const { countdowns, reminders, users } = await import('@/lib/db/schema');
const { databaseReminderStore } = await import('@/lib/db/queries/reminders');
const { deliverReminder } = await import('@/lib/reminders/deliver');
const { sweepReminders } = await import('@/lib/reminders/sweep');

const db = await getDb();
const driver = (await getOpenDatabase()).driver;

if (harness && faultSink && faultCrashes !== undefined) {
  const { formatFaultReport, runFaultInjection } = harness;
  const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
  const report = await runFaultInjection({ sink: faultSink, reminders: count, crashes: faultCrashes, seed, sweepers });
  console.log(`| database | reminders | sweepers | crashes | sent | stopped | lost | sent after a stop | duplicates | max copies | unexplained | time s |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  console.log(
    `| ${driver === 'postgres' ? 'PostgreSQL' : 'PGlite'} | ${report.reminders} | ${sweepers} | ${report.crashesFired} | ${report.sent} | ${report.stoppedReminders} | ${report.lost.length} | ${report.sentAfterStop.length} | ${report.duplicates} | ${report.maxCopies} | ${report.unexplainedDuplicates.length} | ${report.seconds.toFixed(1)} |`,
  );
  console.log(formatFaultReport(report));
  const problems = [
    ...report.unexpectedErrors,
    ...report.lost.map((line) => `lost: ${line}`),
    ...report.sentWithoutMessage.map((id) => `sent without a message: ${id}`),
    ...report.sentAfterStop.map((line) => `sent after a stop: ${line}`),
    ...report.unexplainedDuplicates.map((line) => `unexplained duplicate: ${line}`),
    ...(report.orphanMessages > 0 ? [`${report.orphanMessages} messages with an unexpected Message-ID`] : []),
    ...(report.overlappingSends > 0 ? [`${report.overlappingSends} sends of one reminder at once`] : []),
    ...(report.crashesFired !== faultCrashes ? [`${report.crashesFired} of ${faultCrashes} crashes fired`] : []),
  ];
  await (await getOpenDatabase()).close();
  await faultSink.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await cleanup();
  for (const problem of problems.slice(0, 20)) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}

const due = new Date(Date.now() - 60_000);
const kinds = ['deletion-7-days', 'deletion-1-day', 'deletion-final'] as const;
for (let offset = 0; offset < count; offset += 3 * 500) {
  const people = Math.min(500, Math.ceil((count - offset) / 3));
  const created = await db
    .insert(users)
    .values(Array.from({ length: people }, (_, index) => ({ email: `bench-${offset + index}@example.test` })))
    .returning({ id: users.id });
  const started = await db
    .insert(countdowns)
    .values(created.map(({ id }) => ({ userId: id, platform: 'tiktok', requestedOn: '2026-11-01', finalOn: '2026-12-01', timeZone: 'UTC' })))
    .returning({ id: countdowns.id, userId: countdowns.userId });
  const rows = started.flatMap(({ id, userId }) =>
    kinds.map((kind) => ({ userId, countdownId: id, platform: 'tiktok', kind, dueAt: due, nextAttemptAt: due })),
  );
  await db.insert(reminders).values(rows.slice(0, count - offset));
}

const startedAt = performance.now();
const results = await Promise.all(
  Array.from({ length: sweepers }, () =>
    sweepReminders({ now: () => new Date(), store: databaseReminderStore, deliver: deliverReminder, batchSize: 50 }),
  ),
);
const seconds = (performance.now() - startedAt) / 1000;

const sent = results.reduce((sum, result) => sum + result.sent, 0);
const failed = results.reduce((sum, result) => sum + result.retried + result.gaveUp, 0);
const twice = [...seen.values()].filter((times) => times > 1).length;
console.log(`| database | reminders | sweepers | sent | failed | time s | per second | sent twice |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
console.log(
  `| ${driver === 'postgres' ? 'PostgreSQL' : 'PGlite'} | ${count} | ${sweepers} | ${sent} | ${failed} | ${seconds.toFixed(1)} | ${Math.round(sent / seconds)} | ${twice} |`,
);

await (await getOpenDatabase()).close();
await new Promise<void>((resolve) => smtp.close(() => resolve()));
await cleanup();
if (twice > 0 || sent !== count || seen.size !== count) {
  console.error(`Expected ${count} distinct messages, got ${seen.size} (${twice} sent twice).`);
  process.exit(1);
}
process.exit(0);
