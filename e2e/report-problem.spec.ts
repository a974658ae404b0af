import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { getPlatform, getStep } from '@/lib/content';
import { LOCALE_COOKIE } from '@/lib/i18n/negotiate';
import { extraPort, startExtraServer, type ExtraServer } from './extra-server';
import { serverInfo, uniqueEmail, waitForEmail } from './mail';

/*
 * "Report a problem with this step" reaches someone: sent from the step page
 * with and without JavaScript, stored with what the content says about the
 * step, listed by `npm run reports`, and emailed to REPORTS_TO. A server of
 * this file's own has REPORTS_TO (the shared one has none), on a database
 * `npm run reports` can open once it stops (PGlite belongs to one process).
 */

const REPORT = 'Report a problem with this step';
const PLATFORM = 'tiktok';
const STEP = 'make-account-private';
const PATH = `/${PLATFORM}/${STEP}`;
const contentDate = getStep(getPlatform(PLATFORM)!, STEP)!.lastVerified;

const run = promisify(execFile);

/**
 * A client address (IPv6 documentation prefix, its own /64) that no other
 * test, and no earlier run against a reused server, has counted against.
 */
function uniqueClient(): string {
  const group = () => Math.floor(Math.random() * 0x10000).toString(16);
  return `2001:db8:${group()}:${group()}::1`;
}

type ListedReport = { platform: string; step: string; locale: string; contentDate: string; pagePath: string; message: string; replyEmail: string | null };

/** The disclosure's control, found by its accessible name (docs/stack-traps.md, trap 15). */
async function reportDisclosure(page: Page, name = REPORT) {
  const summary = page.locator('summary', { hasText: name });
  await expect(summary).toHaveAccessibleName(name);
  return summary;
}

test.describe('a report sent from a step page is stored, listed and emailed', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  const inbox = uniqueEmail('reports-inbox');
  const sent = { script: `The toggle moved (script) ${Date.now()}`, plain: `Wrong menu name (no script) ${Date.now()}`, spanish: `El menú cambió ${Date.now()}` };
  const replyTo = uniqueEmail('reader');
  let server: ExtraServer;
  let dataDir: string;
  const databaseUrl = () => serverInfo().databaseUrl ?? '';

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'unlisted-e2e-reports-'));
    server = await startExtraServer(extraPort(test.info().workerIndex, 0), {
      REPORTS_TO: `${inbox}, second-${inbox}`,
      // On PostgreSQL the run's own database; otherwise an embedded one here, for `npm run reports` to open afterwards.
      DATABASE_URL: databaseUrl(),
      DATA_DIR: dataDir,
      // Each test counts as a client of its own (X-Forwarded-For below), as behind one proxy.
      TRUSTED_PROXY_HOPS: '1',
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('with JavaScript: an empty message is refused in place, then the report is thanked for and emailed', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueClient() });
    await page.goto(`${server.url}${PATH}`);
    const message = page.getByLabel('What is wrong?');
    await expect(message).toBeHidden();
    await (await reportDisclosure(page)).click();
    await expect(message).toBeVisible();
    // Hydrated: the form checks its fields itself from now on.
    await expect(page.locator('form.report-form')).toHaveAttribute('novalidate', '');

    await page.getByLabel('Your email (optional)').fill(replyTo);
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByText('Write what is wrong before sending.')).toBeVisible();
    await expect(message).toBeFocused();
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Your email (optional)')).toHaveValue(replyTo);

    await message.fill(`${sent.script}\nOn Android.`);
    await page.getByRole('button', { name: 'Send report' }).click();
    const thanks = page.getByRole('status').filter({ hasText: 'Thank you: your report reached us' });
    await expect(thanks).toBeVisible();
    await expect(thanks).toBeFocused();
    // In place: the page did not go anywhere.
    expect(page.url()).toBe(`${server.url}${PATH}`);

    const email = await waitForEmail(inbox);
    expect(email.to).toEqual([inbox, `second-${inbox}`]);
    expect(email.subject).toMatch(/^Problem report: “.+” \(TikTok\)$/);
    expect(email.text).toContain(`Page: ${server.url}${PATH}`);
    expect(email.text).toContain(`Platform: ${PLATFORM}\nStep: ${STEP}\nLanguage: English (en)\nContent checked on: ${contentDate}`);
    expect(email.text).toContain(`${sent.script}\nOn Android.`);
    expect(email.headers['reply-to']).toContain(replyTo);
    expect(email.html).toBe('');
  });

  test('in Spanish, under its Spanish name', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueClient() });
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: 'es', domain: 'localhost', path: '/' }]);
    await page.goto(`${server.url}${PATH}`);
    await (await reportDisclosure(page, 'Avísanos de un problema con este paso')).click();
    await expect(page.locator('form.report-form')).toHaveAttribute('novalidate', '');
    await page.getByLabel('¿Qué está mal?').fill(sent.spanish);
    await page.getByRole('button', { name: 'Enviar aviso' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gracias: recibimos tu aviso' })).toBeVisible();
  });

  test('without JavaScript: the browser keeps an empty message from leaving, then the page says thank you', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': uniqueClient() } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${PATH}`);
      // A <details> opens without a script.
      await (await reportDisclosure(page)).click();
      const message = page.getByLabel('What is wrong?');
      const email = page.getByLabel('Your email (optional)');
      await email.fill(replyTo);
      await page.getByRole('button', { name: 'Send report' }).click();
      // The browser's own check (required) stopped it: same page, the field flagged, the address still there.
      await expect(page.locator('#report-message:invalid')).toHaveCount(1);
      expect(page.url()).toBe(`${server.url}${PATH}`);
      await expect(email).toHaveValue(replyTo);
      await expect(message).toBeVisible();

      await message.fill(sent.plain);
      await page.getByRole('button', { name: 'Send report' }).click();
      await expect(page).toHaveURL(`${server.url}${PATH}?report=sent#report-sent`);
      await expect(page.locator('#report-sent')).toBeVisible();
      await expect(page.locator('#report-sent')).toHaveText('Thank you: your report reached us, and we will check this step again.');
      for (const other of ['invalid', 'limited', 'failed']) await expect(page.locator(`#report-${other}`)).toBeHidden();

      // A message of spaces gets past `required`; the server refuses it, and the page says why.
      await (await reportDisclosure(page)).click();
      await message.fill('   ');
      await page.getByRole('button', { name: 'Send report' }).click();
      await expect(page).toHaveURL(`${server.url}${PATH}?report=invalid#report-invalid`);
      await expect(page.locator('#report-invalid')).toContainText('Your report was not sent: write what is wrong');
      await expect(page.locator('#report-sent')).toBeHidden();
    } finally {
      await context.close();
    }
  });

  test('`npm run reports -- --json` lists each with its step, language and the content’s date', async () => {
    // The embedded database belongs to the server while it runs (docs/stack-traps.md, trap 2).
    await server.stop();
    const { stdout } = await run('npm', ['run', '--silent', 'reports', '--', '--json', `--platform=${PLATFORM}`, '--limit=500'], {
      env: { ...process.env, DATABASE_URL: databaseUrl(), DATA_DIR: dataDir },
      timeout: 60_000,
    });
    const reports = JSON.parse(stdout) as ListedReport[];
    const find = (text: string) => reports.find((report) => report.message.startsWith(text));
    const expected = { platform: PLATFORM, step: STEP, contentDate, pagePath: PATH };
    expect(find(sent.script)).toEqual(expect.objectContaining({ ...expected, locale: 'en', message: `${sent.script}\nOn Android.`, replyEmail: replyTo }));
    expect(find(sent.spanish)).toEqual(expect.objectContaining({ ...expected, locale: 'es', replyEmail: null }));
    expect(find(sent.plain)).toEqual(expect.objectContaining({ ...expected, locale: 'en', message: sent.plain, replyEmail: replyTo }));
    // The refused ones were never stored.
    expect(reports.filter((report) => report.message.trim() === '')).toEqual([]);

    const table = await run('npm', ['run', '--silent', 'reports', '--', '--since=2020-01-01'], {
      env: { ...process.env, DATABASE_URL: databaseUrl(), DATA_DIR: dataDir },
      timeout: 60_000,
    });
    expect(table.stdout).toMatch(new RegExp(`${PLATFORM}/${STEP}\\s+es\\s+${contentDate}\\s+El menú cambió`));

    const usage = await run('npm', ['run', '--silent', 'reports', '--', '--limit=none'], { env: { ...process.env, DATA_DIR: dataDir } }).catch(
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit must be a whole number') });
  });
});

test('the step page links to no mail address and no localhost: its report form posts to the site itself', async ({ request }) => {
  const html = await (await request.get(PATH)).text();
  expect(html).not.toContain('mailto:');
  const report = html.slice(html.indexOf('id="report"'), html.indexOf('</details>', html.indexOf('id="report"')));
  expect(report).toMatch(/<form [^>]*\baction="\/api\/reports" method="post"/);
  expect(report).toContain(`name="platform" value="${PLATFORM}"`);
  expect(report).not.toMatch(/localhost/);
  expect(report).not.toMatch(/\b(href|action)="(https?:)?\/\/[^"]*"/);
});

test('one client may send 5 reports in 10 minutes: the next is answered 429 with a message, and other sites may send none', async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': uniqueClient() } });
  const report = (message: string) => ({ platform: PLATFORM, step: STEP, locale: 'en', message });
  try {
    const foreign = await client.post('/api/reports', { data: report('from elsewhere'), headers: { origin: 'https://attacker.example' } });
    expect(foreign.status()).toBe(403);
    for (let sent = 1; sent <= 5; sent++) expect((await client.post('/api/reports', { data: report(`limit ${sent}`) })).status()).toBe(201);
    const refused = await client.post('/api/reports', { data: report('one too many') });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Too many problem reports in a short time\. Please wait \d+ minutes and try again\.$/);
    // Without JavaScript the same refusal sends the form back to the page, which says so.
    const form = await client.post('/api/reports', { form: report('again, as a form'), maxRedirects: 0 });
    expect(form.status()).toBe(303);
    expect(form.headers()['location']).toMatch(new RegExp(`${PATH}\\?report=limited#report-limited$`));
  } finally {
    await client.dispose();
  }
  // Someone else is not held back by it.
  const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': uniqueClient() } });
  expect((await other.post('/api/reports', { data: report('someone else') })).status()).toBe(201);
  await other.dispose();
});
