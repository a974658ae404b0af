import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { emailsTo, serverInfo, signIn, uniqueEmail } from './mail';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

// The browser runs in UTC, so "today" is the same for the page and the test.
test.use({ timezoneId: 'UTC' });
// A cron sweep sends every due reminder on the server: tests that trigger one must not overlap.
test.describe.configure({ mode: 'serial' });

const remindersTo = (address: string) => emailsTo(address).filter((email) => email.headers['x-unlisted-reminder']);

async function waitForReminder(address: string) {
  await expect.poll(() => remindersTo(address).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return remindersTo(address)[0]!;
}

async function startCountdown(page: Page, requestedOn: string) {
  await page.goto('/tiktok/delete-account');
  // The form loads its code apart from the page: typing before it hydrates would be reset.
  await expect(page.getByRole('button', { name: 'Start countdown' })).toBeEnabled();
  await page.getByLabel('I requested deletion on').fill(requestedOn);
  await page.getByRole('button', { name: 'Start countdown' }).click();
  await expect(page.getByText('A countdown is running')).toBeVisible();
}

async function triggerCron(page: Page, secret = serverInfo().cronSecret) {
  return page.request.post('/api/cron/reminders', { headers: { Authorization: `Bearer ${secret}` } });
}

test('without an account: a countdown in this browser, a calendar file with alarms, and cancel', async ({ page }) => {
  await startCountdown(page, isoDay(0));
  await page.goto('/countdowns');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'TikTok' }) });
  await expect(card.getByText(/^29 days and \d+ hours? left$/)).toBeVisible();
  await expect(card.getByText('don’t log in to TikTok, nor use “Log in with TikTok”')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Sign in' })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await card.getByRole('link', { name: 'Add to calendar' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`unlisted-tiktok-deletion-${isoDay(30)}.ics`);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  expect(event.getFirstPropertyValue('dtstart')?.toString()).toBe(isoDay(30));
  const triggers = event.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
  expect(triggers.sort((a, b) => a - b)).toEqual([-7 * 86_400, -86_400]);

  await page.reload();
  await card.getByRole('button', { name: 'Cancel countdown' }).click();
  await expect(page.getByText('No countdown running.')).toBeVisible();
});

test('a date in the future or past the grace period is refused with a clear message', async ({ page }) => {
  await page.goto('/tiktok/delete-account');
  await expect(page.getByRole('button', { name: 'Start countdown' })).toBeEnabled();
  await page.getByLabel('I requested deletion on').fill(isoDay(2));
  await page.getByRole('button', { name: 'Start countdown' }).click();
  await expect(page.getByText("The date can't be in the future.")).toBeVisible();
  await page.getByLabel('I requested deletion on').fill(isoDay(-31));
  await page.getByRole('button', { name: 'Start countdown' }).click();
  await expect(page.getByText('More than 30 days ago: the deletion is already permanent.')).toBeVisible();
});

test('signed in: the 7-day reminder arrives through SMTP when due, once, and its stop link works', async ({ page }) => {
  const address = uniqueEmail('countdown');
  await signIn(page, address, '/tiktok');
  await startCountdown(page, isoDay(-24));
  const finalOn = isoDay(6);

  const sweep = await triggerCron(page);
  expect(sweep.status()).toBe(200);
  const email = await waitForReminder(address);
  expect(email.headers['x-unlisted-reminder']).toBe('deletion-7-days');
  const finalDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${finalOn}T00:00:00Z`));
  expect(email.subject).toBe(`6 days left: your TikTok account is deleted for good on ${finalDay}`);
  expect(email.text).toContain('/countdowns');
  expect(email.html).toContain(finalDay);
  expect(email.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/reminders\/stop\?token=/);
  expect(email.messageId).toMatch(/^<reminder-[0-9a-f-]+@localhost>$/);

  // Nothing more is due yet: a second sweep sends nothing twice.
  await triggerCron(page);
  expect(remindersTo(address)).toHaveLength(1);

  const stopLink = email.text.match(/Stop these reminders: (\S+)/)![1]!;
  await page.goto(stopLink);
  await expect(page.getByRole('heading', { name: 'Reminders stopped' })).toBeVisible();
  await page.goto('/countdowns');
  await expect(page.getByText('Email reminders are stopped for this countdown.')).toBeVisible();
  await expect(page.getByText(/^5 days and \d+ hours? left$|^6 days and \d+ hours? left$/)).toBeVisible();
});

test('a cancelled countdown sends nothing', async ({ page }) => {
  const address = uniqueEmail('cancelled');
  await signIn(page, address, '/tiktok');
  await startCountdown(page, isoDay(-24));
  await page.goto('/countdowns');
  await page.getByRole('button', { name: 'Cancel countdown' }).click();
  await expect(page.getByText('No countdown running.')).toBeVisible();
  expect((await triggerCron(page)).status()).toBe(200);
  // The sweep's response comes after its deliveries: anything it sent has reached the sink.
  expect(remindersTo(address)).toEqual([]);
  expect(emailsTo(address).map((email) => email.subject)).toEqual(['Your Unlisted sign-in link']);
});

test('the cron endpoint fails closed on a missing or wrong secret', async ({ request }) => {
  expect((await request.post('/api/cron/reminders')).status()).toBe(401);
  const wrong = await request.post('/api/cron/reminders', { headers: { Authorization: 'Bearer not-the-secret' } });
  expect(wrong.status()).toBe(401);
  expect(await wrong.json()).toEqual({ error: 'unauthorized', message: 'Wrong or missing bearer token.' });
});

test('signed in: a data file reminder is scheduled from the download step and sent before the file expires', async ({ page }) => {
  const address = uniqueEmail('data-file');
  await signIn(page, address, '/tiktok/download-your-data');
  // Ready 3 days ago: this is its last day, so the reminder is due now.
  await expect(page.getByRole('button', { name: 'Remind me before it expires' })).toBeEnabled();
  await page.getByLabel('My data file was ready on').fill(isoDay(-3));
  await page.getByRole('button', { name: 'Remind me before it expires' }).click();
  await expect(page.getByText(/We will remind you on/)).toBeVisible();

  expect((await triggerCron(page)).status()).toBe(200);
  const email = await waitForReminder(address);
  expect(email.headers['x-unlisted-reminder']).toBe('data-file-1-day');
  expect(email.subject).toBe('Download your TikTok data file today');
});

test('a data file that can no longer be downloaded is explained', async ({ page }) => {
  await signIn(page, uniqueEmail('data-file-late'), '/tiktok/download-your-data');
  await page.getByLabel('My data file was ready on').fill(isoDay(-10));
  await page.getByRole('button', { name: 'Remind me before it expires' }).click();
  await expect(page.getByText(`A file ready on ${isoDay(-10)} can no longer be downloaded: ask for a new one.`)).toBeVisible();
});
