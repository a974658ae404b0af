import 'server-only';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

export type Email = {
  to: string;
  subject: string;
  text: string;
  /** Left out for mail that is plain text only (problem reports). */
  html?: string;
  /** Where replies go, when not to the sender. */
  replyTo?: string;
  /** Extra headers such as List-Unsubscribe. */
  headers?: Record<string, string>;
  /** A stable Message-ID lets a resend after a crash be recognised as the same message. */
  messageId?: string;
};

/**
 * The one seam every email goes through. With SMTP_URL it is sent over SMTP;
 * without it (local use) it is written to the server log and, as a .eml file,
 * to DATA_DIR/outbox, so sign-in works with no mail server at all.
 */
export async function sendEmail(email: Email): Promise<void> {
  const { SMTP_URL, EMAIL_FROM, NODE_ENV } = env();
  const message = { from: EMAIL_FROM, ...email };
  // Production refuses to start without SMTP_URL; this keeps a sign-in link out of logs and files even so.
  if (!SMTP_URL && NODE_ENV === 'production') throw new Error('SMTP_URL is not set: production sends mail only over SMTP.');
  if (SMTP_URL) {
    const info = await smtpTransport(SMTP_URL).sendMail(message);
    const failed = [...(info.rejected ?? []), ...(info.pending ?? [])];
    if (failed.length > 0) throw new Error(`The mail server did not accept the message for ${failed.length} recipient(s)`);
    return;
  }
  await writeToOutbox(message);
}

/**
 * Explicit, because nodemailer's defaults (2 minutes to connect, 10 of
 * silence) outlast the reminder lease: together these stay under it, so a
 * send still under way keeps its claim. Options in SMTP_URL's query win.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

const transports = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = createTransport({ url, ...SMTP_TIMEOUTS });
    transports.set(url, transport);
  }
  return transport;
}

/** The development outbox keeps a day of mail: enough to click a link, not a store of old sign-in links. */
const OUTBOX_KEEP_MS = 24 * 60 * 60 * 1000;

async function pruneOutbox(outbox: string, now: number) {
  for (const name of await readdir(outbox)) {
    const file = join(outbox, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > OUTBOX_KEEP_MS) await rm(file, { force: true });
  }
}

async function writeToOutbox(message: Email & { from: string }) {
  const outbox = join(env().DATA_DIR, 'outbox');
  await mkdir(outbox, { recursive: true });
  await pruneOutbox(outbox, Date.now());
  const rendered = await createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(message);
  const file = join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${slugify(message.subject)}.eml`);
  await writeFile(file, rendered.message as Buffer);
  console.info(
    `[email] No SMTP_URL set: not sent. To: ${message.to}\n[email] Subject: ${message.subject}\n${message.text}\n[email] Saved to ${file}`,
  );
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'message';
}
