// Starts what the browser tests need, then the app: a real SMTP sink that
// writes every message it receives to .e2e/mailbox, a fresh database for this
// run (a new PGlite directory, or a new PostgreSQL database when DATABASE_URL
// is set), and the production server (server.mjs) configured to use both. Playwright's webServer
// runs this and stops it after the tests.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.E2E_PORT ?? 3217);
const root = resolve('.e2e');
const mailbox = join(root, 'mailbox');
rmSync(root, { recursive: true, force: true });
mkdirSync(mailbox, { recursive: true });

let received = 0;
const smtp = new SMTPServer({
  // A plain local sink: no TLS upgrade and no login (docs/stack-traps.md, trap 12).
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received += 1;
        // The app sends one To: header; several would parse to a list, recorded as no recipients.
        const to = Array.isArray(mail.to) ? undefined : mail.to;
        const message = {
          to: to?.value?.map((address) => address.address) ?? [],
          from: mail.from?.text ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          messageId: mail.messageId ?? '',
          // Raw header lines: the parsed ones fold List-* headers into objects.
          headers: Object.fromEntries(mail.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).trim()])),
          receivedAt: new Date().toISOString(),
        };
        writeFileSync(join(mailbox, `${Date.now()}-${String(received).padStart(5, '0')}.json`), JSON.stringify(message, null, 2));
        callback();
      })
      .catch(callback);
  },
});
await /** @type {Promise<void>} */ (new Promise((done) => smtp.listen(0, '127.0.0.1', done)));
const smtpAddress = smtp.server.address();
if (smtpAddress === null || typeof smtpAddress === 'string') throw new Error('The SMTP sink is not listening on a TCP port.');
const smtpPort = smtpAddress.port;

const dataDir = join(root, 'data');
let databaseUrl;
let dropDatabase = async () => {};
if (process.env.DATABASE_URL) {
  const name = `unlisted_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  // Leftovers of runs that were killed before they could clean up. Only old
  // ones: a run going on beside this one (another checkout) keeps its database.
  /** @type {import('pg').QueryResult<{ datname: string }>} */
  const { rows } = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'unlisted_e2e_%'");
  const staleBefore = Date.now() - 3 * 60 * 60 * 1000;
  for (const { datname } of rows) {
    const createdAt = Number(datname.split('_')[2]);
    if (Number.isFinite(createdAt) && createdAt < staleBefore) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
}

// The tests trigger reminder sweeps themselves, through the cron route.
const cronSecret = randomBytes(24).toString('base64url');
writeFileSync(
  join(root, 'server.json'),
  JSON.stringify({ mailbox, dataDir, databaseUrl: databaseUrl ?? null, cronSecret, smtpUrl: `smtp://127.0.0.1:${smtpPort}` }, null, 2),
);

// The production entry, as `npm start` runs it (server.mjs passes the TCP peer to the app).
const app = spawn(process.execPath, ['server.mjs', '--port', String(port)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    EMAIL_FROM: 'Unlisted <no-reply@unlisted.test>',
    DATA_DIR: dataDir,
    CRON_SECRET: cronSecret,
    REMINDERS_INTERVAL_SECONDS: '0',
    // The tests stand where a reverse proxy would: a spec that needs a rate-limit bucket of
    // its own sends X-Forwarded-For, as a proxy writes it. Every browser page counts as the
    // one peer, 127.0.0.1. The default (0: the TCP peer, whatever the headers say) is
    // attacked in e2e/security-client-address.spec.ts, on servers of its own.
    TRUSTED_PROXY_HOPS: '1',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
  },
});

let stopping = false;
/** @param {number} code */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  app.kill('SIGTERM');
  smtp.close();
  await dropDatabase().catch((error) => console.error('Dropping the e2e database failed', error));
  process.exit(code);
}
app.on('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));
