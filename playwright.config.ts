import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import chromium from './e2e/chromium.json';

// A port this project owns; others on the machine may hold 3000 or 3100.
const port = Number(process.env.E2E_PORT ?? 3217);

// Debian's Chromium; where it is missing, Playwright's own browser (if one was installed) is used.
const systemChromium = process.env.CHROMIUM_PATH ?? chromium.path;
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

/*
 * Specs about the pages themselves: their markup (axe), headers, languages,
 * print styles, the anonymous wizard and the anonymous person's browser data
 * (export, delete, migration), which the browser keeps. They exercise the
 * same prerendered HTML whichever database the server runs on, so the
 * PostgreSQL pass (DATABASE_URL set) leaves them to
 * the embedded-database pass and runs the specs that go through the database.
 */
const PAGE_SPECS = ['accessibility', 'browser-data', 'languages', 'platforms', 'print-install-dark', 'security-headers', 'wizard'];

/** Specs about many servers on one database: PostgreSQL only (PGlite belongs to one process). */
const POSTGRES_SPECS = ['reminders-many-instances'];

export default defineConfig({
  testDir: 'e2e',
  testIgnore: (process.env.DATABASE_URL ? PAGE_SPECS : POSTGRES_SPECS).map((name) => `**/${name}.spec.ts`),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: chromium.flags,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grepInvert: /@phone-only/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/ },
  ],
  webServer: {
    // Starts an SMTP sink, a fresh database and `next start` (see e2e/start-server.mjs).
    command: 'node e2e/start-server.mjs',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { E2E_PORT: String(port) },
  },
});
