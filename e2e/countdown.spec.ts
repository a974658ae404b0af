import ICAL from 'ical.js';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { emailsTo, serverInfo, signIn, uniqueClient, uniqueEmail, type CapturedEmail } from './mail';

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

/** The body's stop link (to the page that asks first) and the List-Unsubscribe one (one-click, for mail providers). */
function stopLinksOf(email: CapturedEmail, label: 'Stop these reminders' | 'Stop this reminder') {
  const confirmPage = email.text.match(new RegExp(`${label}: (\\S+)`))?.[1];
  const oneClick = email.headers['list-unsubscribe']?.match(/^<([^>]+)>$/)?.[1];
  if (!confirmPage || !oneClick) throw new Error(`No stop links in: ${email.text}`);
  return { confirmPage, oneClick };
}

/** Signed in, a countdown whose 7-day reminder is due now, swept and delivered: its email. */
async function sevenDayReminder(page: Page, label: string) {
  const address = uniqueEmail(label);
  await signIn(page, address, '/tiktok');
  await startCountdown(page, isoDay(-24));
  expect((await triggerCron(page)).status()).toBe(200);
  return { address, email: await waitForReminder(address) };
}

/** The statuses of the person's countdown reminders, soonest first, and whether they are stopped. */
async function countdownReminders(page: Page) {
  const response = await page.request.get('/api/countdowns');
  expect(response.status()).toBe(200);
  const { countdowns } = (await response.json()) as { countdowns: { remindersStopped: boolean; reminders: { status: string }[] }[] };
  expect(countdowns).toHaveLength(1);
  return { stopped: countdowns[0]!.remindersStopped, statuses: countdowns[0]!.reminders.map((reminder) => reminder.status) };
}

/** How a mail provider posts a List-Unsubscribe=One-Click (RFC 8058): form data, no cookies; from a client of its own, as rate limits see it. */
function postOneClick(request: APIRequestContext, url: string) {
  return request.post(url, { form: { 'List-Unsubscribe': 'One-Click' }, headers: { 'x-forwarded-for': uniqueClient() } });
}

/** Stopped reminders end as `stopped` where the schema has it, `cancelled` before. */
const STOPPED = /^(stopped|cancelled)$/;

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

test('signed in: the 7-day reminder arrives through SMTP when due, once, and its stop link asks before it stops', async ({ page }) => {
  const { address, email } = await sevenDayReminder(page, 'countdown');
  const finalOn = isoDay(6);
  expect(email.headers['x-unlisted-reminder']).toBe('deletion-7-days');
  const finalDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${finalOn}T00:00:00Z`));
  expect(email.subject).toBe(`6 days left: your TikTok account is deleted for good on ${finalDay}`);
  expect(email.text).toContain('/countdowns');
  expect(email.html).toContain(finalDay);
  expect(email.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/reminders\/stop\?token=/);
  expect(email.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  expect(email.messageId).toMatch(/^<reminder-[0-9a-f-]+@localhost>$/);

  // Nothing more is due yet: a second sweep sends nothing twice.
  await triggerCron(page);
  expect(remindersTo(address)).toHaveLength(1);

  // The page says what would stop, and only its button stops it.
  await page.goto(stopLinksOf(email, 'Stop these reminders').confirmPage);
  await expect(page.getByRole('heading', { level: 1, name: 'Stop the reminders about deleting your TikTok account?' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([
    /^1 day before the deletion is final: .+2\d\d\d/,
    /^The day the deletion is final: .+2\d\d\d/,
  ]);
  await page.getByRole('button', { name: 'Stop reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders stopped' })).toBeVisible();
  await expect(page.getByText('You will get no more emails about your TikTok deletion countdown.')).toBeVisible();
  await page.goto('/countdowns');
  await expect(page.getByText('Email reminders are stopped for this countdown.')).toBeVisible();
  await expect(page.getByText(/^5 days and \d+ hours? left$|^6 days and \d+ hours? left$/)).toBeVisible();
});

test('a link scanner opening the stop links stops nothing; the button does, and the page then says so', async ({ page, request }) => {
  const { email } = await sevenDayReminder(page, 'scanned');
  const links = stopLinksOf(email, 'Stop these reminders');

  // As a mail provider's scanner: GETs of both links, with no session.
  const opened = await request.get(links.confirmPage);
  expect(opened.status()).toBe(200);
  // The page shows the button (the title says "Stop reminders" whatever the state).
  expect(await opened.text()).toMatch(/<button[^>]*type="submit"[^>]*>Stop reminders<\/button>/);
  expect((await request.get(links.oneClick)).status()).toBe(405);
  expect(await countdownReminders(page)).toEqual({ stopped: false, statuses: ['sent', 'pending', 'pending'] });

  await page.goto(links.confirmPage);
  await page.getByRole('button', { name: 'Stop reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders stopped' })).toBeVisible();
  const after = await countdownReminders(page);
  expect(after.stopped).toBe(true);
  expect(after.statuses[0]).toBe('sent');
  expect(after.statuses.slice(1)).toEqual([expect.stringMatching(STOPPED), expect.stringMatching(STOPPED)]);

  // Opened again: already stopped, and no button to press.
  await page.goto(links.confirmPage);
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders stopped' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop reminders' })).toHaveCount(0);
});

test('the one-click stop (RFC 8058) stops a countdown’s reminders; a made-up token stops nothing', async ({ page, request }) => {
  const { email } = await sevenDayReminder(page, 'one-click');
  const { oneClick } = stopLinksOf(email, 'Stop these reminders');
  const forged = oneClick.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
  const refused = await postOneClick(request, forged);
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toEqual({ error: 'not_found', code: 'stop_link_invalid', message: 'This stop link is not valid.' });
  expect(await countdownReminders(page)).toEqual({ stopped: false, statuses: ['sent', 'pending', 'pending'] });

  const posted = await postOneClick(request, oneClick);
  expect(posted.status()).toBe(200);
  expect(await posted.json()).toEqual({ ok: true });
  const after = await countdownReminders(page);
  expect(after.stopped).toBe(true);
  expect(after.statuses.slice(1)).toEqual([expect.stringMatching(STOPPED), expect.stringMatching(STOPPED)]);
});

test('a stop link that is not one of ours says so, with no button', async ({ page }) => {
  await page.goto('/reminders/stop?token=countdown.00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop reminders' })).toHaveCount(0);
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
  expect(await wrong.json()).toEqual({ error: 'unauthorized', code: 'cron_bad_token', message: 'Wrong or missing bearer token.' });
});

test('signed in: a data file reminder is scheduled from the download step and sent before the file expires, with a one-click stop', async ({
  page,
  request,
}) => {
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
  expect(email.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/reminders\/stop\?token=[^>\s]+>$/);
  expect(email.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const links = stopLinksOf(email, 'Stop this reminder');

  // A scanner's GET stops nothing; the provider's one-click POST is accepted, a forged one is not.
  expect((await request.get(links.oneClick)).status()).toBe(405);
  expect((await postOneClick(request, links.oneClick.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))).status()).toBe(404);
  const posted = await postOneClick(request, links.oneClick);
  expect(posted.status()).toBe(200);
  expect(await posted.json()).toEqual({ ok: true });

  // Its one email went out before its link could be used: the page says nothing is left to stop.
  await page.goto(links.confirmPage);
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing left to stop' })).toBeVisible();
  await expect(page.getByText('There is no email left to send about your TikTok data file.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop reminders' })).toHaveCount(0);
});

test('signed in: a data file reminder cancelled from the download step is never sent', async ({ page, request }) => {
  const address = uniqueEmail('data-file-cancel');
  await signIn(page, address, '/tiktok/download-your-data');
  await expect(page.getByRole('button', { name: 'Remind me before it expires' })).toBeEnabled();
  // Due now, so a sweep would send it at once if it were still scheduled.
  await page.getByLabel('My data file was ready on').fill(isoDay(-3));
  await page.getByRole('button', { name: 'Remind me before it expires' }).click();
  await expect(page.getByText(/We will remind you on/)).toBeVisible();

  await page.getByRole('button', { name: 'Cancel reminder' }).click();
  await expect(page.getByRole('button', { name: 'Remind me before it expires' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Don’t miss the download' })).toBeFocused();
  expect((await triggerCron(page)).status()).toBe(200);
  expect(remindersTo(address)).toEqual([]);

  // Nothing left to cancel, and nobody else's to reach.
  const again = await page.request.delete('/api/reminders/data-file?platform=tiktok');
  expect(again.status()).toBe(404);
  expect(await again.json()).toEqual({
    error: 'not_found',
    code: 'data_file_reminder_not_found',
    message: 'There is no TikTok data file reminder to cancel.',
  });
  expect((await request.delete('/api/reminders/data-file?platform=tiktok')).status()).toBe(401);
});

test('a data file that can no longer be downloaded is explained', async ({ page }) => {
  await signIn(page, uniqueEmail('data-file-late'), '/tiktok/download-your-data');
  await page.getByLabel('My data file was ready on').fill(isoDay(-10));
  await page.getByRole('button', { name: 'Remind me before it expires' }).click();
  // The day written out in the page's language, as the server answers in it.
  const readyDay = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay(-10)}T00:00:00Z`));
  await expect(page.getByText(`A file ready on ${readyDay} can no longer be downloaded: ask for a new one.`)).toBeVisible();
});
