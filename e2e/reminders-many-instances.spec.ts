import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { extraPort, startExtraServer, type ExtraServer } from './extra-server';

/*
 * Many instances, one database: two production servers on one PostgreSQL
 * database, both with their reminder timer on, and the cron endpoint of each
 * called in parallel the whole time. 1,000 due reminders must each reach the
 * mail server once. Runs in the PostgreSQL pass (playwright.config.ts).
 */

test.describe.configure({ timeout: 240_000 });

const PEOPLE = 500;
const KINDS = ['deletion-7-days', 'deletion-1-day'] as const;
const REMINDERS = PEOPLE * KINDS.length;

test('two servers, their timers and parallel cron calls deliver 1,000 due reminders, each once', async () => {
  // A database of this test's own, on the PostgreSQL server of this pass.
  const name = `unlisted_e2e_many_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  // A mail server that counts each Message-ID it accepts.
  const received = new Map<string, number>();
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
      stream.on('end', () => {
        const id = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? 'none';
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  const smtpPort = (smtp.server.address() as { port: number }).port;

  const cronSecret = randomBytes(24).toString('base64url');
  const servers: ExtraServer[] = [];
  const database = new pg.Client({ connectionString: databaseUrl });
  try {
    const env = {
      DATABASE_URL: databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      CRON_SECRET: cronSecret,
      REMINDERS_INTERVAL_SECONDS: '1',
    };
    // Started together: both apply migrations, one at a time under the advisory lock.
    servers.push(
      ...(await Promise.all([startExtraServer(extraPort(test.info().workerIndex, 0), env), startExtraServer(extraPort(test.info().workerIndex, 1), env)])),
    );

    await database.connect();
    await database.query(
      `INSERT INTO users (id, email) SELECT 'many-' || g, 'many-' || g || '@example.test' FROM generate_series(1, $1::int) g`,
      [PEOPLE],
    );
    await database.query(
      `INSERT INTO countdowns (id, user_id, platform, requested_on, final_on, time_zone)
       SELECT 'many-' || g, 'many-' || g, 'tiktok', current_date, current_date + 30, 'UTC' FROM generate_series(1, $1::int) g`,
      [PEOPLE],
    );
    // All due now: every trigger of both servers races for them at once.
    await database.query(
      `INSERT INTO reminders (id, user_id, countdown_id, platform, kind, due_at, next_attempt_at)
       SELECT 'many-' || g || '-' || kind, 'many-' || g, 'many-' || g, 'tiktok', kind, now(), now()
       FROM generate_series(1, $1::int) g, unnest($2::text[]) kind`,
      [PEOPLE, [...KINDS]],
    );

    let cronCalls = 0;
    const sent = async () => Number((await database.query(`SELECT count(*) FROM reminders WHERE status = 'sent'`)).rows[0].count);
    const deadline = Date.now() + 180_000;
    while ((await sent()) < REMINDERS && Date.now() < deadline) {
      const calls = servers.flatMap((server) =>
        [0, 1].map(() => fetch(`${server.url}/api/cron/reminders`, { method: 'POST', headers: { authorization: `Bearer ${cronSecret}` } })),
      );
      for (const answer of await Promise.all(calls)) expect(answer.status).toBe(200);
      cronCalls += calls.length;
    }

    expect(await sent()).toBe(REMINDERS);
    const { rows } = await database.query(`SELECT status, count(*)::int AS count FROM reminders GROUP BY status`);
    expect(rows).toEqual([{ status: 'sent', count: REMINDERS }]);
    const copies = [...received.values()];
    console.log(`many instances: ${REMINDERS} reminders, ${received.size} Message-IDs received, most copies of one ${Math.max(...copies)}, ${cronCalls} cron calls beside two timers`);
    expect(received.size).toBe(REMINDERS);
    expect(copies.every((count) => count === 1)).toBe(true);
    for (const server of servers) expect(server.output()).not.toMatch(/sweep failed|Unhandled error/);
  } finally {
    await database.end().catch(() => {});
    await Promise.all(servers.map((server) => server.stop()));
    smtp.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
