import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export type CapturedEmail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  receivedAt: string;
};

type ServerInfo = { mailbox: string; dataDir: string; databaseUrl: string | null; cronSecret: string; smtpUrl: string };

/** Written by e2e/start-server.mjs: where this run's mail and database are. */
export function serverInfo(): ServerInfo {
  return JSON.parse(readFileSync('.e2e/server.json', 'utf8')) as ServerInfo;
}

export function emailsTo(address: string): CapturedEmail[] {
  const { mailbox } = serverInfo();
  return readdirSync(mailbox)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(mailbox, file), 'utf8')) as CapturedEmail)
    .filter((email) => email.to.includes(address));
}

/** Waits until `count` messages reached `address` through the SMTP sink, and returns the last. */
export async function waitForEmail(address: string, count = 1): Promise<CapturedEmail> {
  await expect.poll(() => emailsTo(address).length, { timeout: 15_000, message: `mail to ${address}` }).toBeGreaterThanOrEqual(count);
  return emailsTo(address).at(-1)!;
}

export function signInLink(email: CapturedEmail): string {
  const link = email.text.match(/https?:\/\/\S+\/signin\/confirm\?\S+/)?.[0];
  if (!link) throw new Error(`No sign-in link in: ${email.text}`);
  return link;
}

/** Opens a sign-in link and presses the confirmation page's button, as a person would. */
export async function openSignInLink(page: Page, link: string, address: string) {
  await page.goto(link);
  await page.getByRole('button', { name: `Sign in as ${address}` }).click();
}

/** A new address per test, so tests never share an account. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/**
 * An address in TEST-NET-2 for one test, written into X-Forwarded-For as the
 * shared test server's one trusted proxy would: each test counts against
 * rate limits as a client of its own (e2e/start-server.mjs).
 */
export function uniqueClient(): string {
  return `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
}

/** Signs in through the real page and the real link the SMTP sink captured. */
export async function signIn(page: Page, address: string, from = '/account') {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueClient() });
  const before = emailsTo(address).length;
  await page.goto(`/signin?from=${encodeURIComponent(from)}`);
  await page.getByLabel('Email address').fill(address);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  const email = await waitForEmail(address, before + 1);
  expect(email.subject).toBe('Your Unlisted sign-in link');
  await openSignInLink(page, signInLink(email), address);
  await expect(page).toHaveURL(new RegExp(`${from.replace(/[/?]/g, '\\$&')}$`));
}
