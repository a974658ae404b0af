import { expect, test, type Page } from '@playwright/test';
import { LEGACY_KEYS } from '@/lib/browser-data/keys';
import { accountFingerprint } from '@/lib/browser-data/merge-choice';
import { BROWSER_DATA_KEY, doneAt, readProgress, seedStorage, unlistedKeys } from './fixtures';

/*
 * Everything a person without an account keeps in this browser is one record
 * (lib/browser-data/): the export holds all of it, "Delete my data" leaves
 * nothing of it anywhere, and what an earlier version saved under its own
 * keys is carried over on the first visit.
 */

// The browser runs in UTC, so "today" is the same for the page and the test.
test.use({ timezoneId: 'UTC' });

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function exportFile(page: Page) {
  await page.goto('/account');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`unlisted-export-${today()}.json`);
  return JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
}

test('anonymous: the export holds everything this browser keeps, and Delete my data leaves nothing on any page', async ({ page, context }) => {
  // A path, a bookmark, a device, a marked step, a countdown.
  await page.goto('/tiktok');
  await page.getByRole('radio', { name: /Leave TikTok/ }).check();
  await page.getByRole('button', { name: 'Bookmark this checklist' }).click();
  await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/tiktok/download-your-data');
  await page.getByRole('radio', { name: 'Web' }).check();
  // Data-file reminders are emails: without an account there is none to keep, only the offer to sign in.
  await expect(page.getByText('Sign in to get this reminder by email.')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/save-your-videos$/);
  await page.goto('/tiktok/delete-account');
  await expect(page.getByRole('button', { name: 'Start countdown' })).toBeEnabled();
  await page.getByLabel('I requested deletion on').fill(today());
  await page.getByRole('button', { name: 'Start countdown' }).click();
  await expect(page.getByText('A countdown is running')).toBeVisible();
  expect(await unlistedKeys(page)).toEqual([BROWSER_DATA_KEY]);

  const exported = await exportFile(page);
  expect(exported).toMatchObject({
    version: 2,
    platforms: { tiktok: { flow: 'leave', steps: { 'download-your-data': { status: 'done' } } } },
    bookmarks: { tiktok: { createdAt: expect.any(String) } },
    countdowns: { tiktok: { requestedOn: today(), startedAt: expect.any(String) } },
    device: 'web',
  });
  expect(exported.exportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(exported).toEqual({ exportedAt: exported.exportedAt, ...(await readProgress(page)) });

  // Another tab shows the checklist as it is now.
  const otherTab = await context.newPage();
  await otherTab.goto('/tiktok');
  await expect(otherTab.getByText('1 of 3 done')).toBeVisible();

  await page.getByRole('button', { name: 'Delete my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything this browser kept for Unlisted was deleted.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Delete my data' })).toBeDisabled();
  expect(await unlistedKeys(page)).toEqual([]);
  // The other tab follows without a reload.
  await expect(otherTab.getByText('0 of 8 done')).toBeVisible();
  await otherTab.close();

  // Nothing of it on any page.
  await page.goto('/tiktok');
  await expect(page.getByText('0 of 8 done')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Lock it down/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/tiktok/download-your-data');
  await expect(page.getByRole('radio', { name: 'iPhone' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.goto('/countdowns');
  await expect(page.getByText('No countdown running.')).toBeVisible();
  await page.goto('/checklists');
  await expect(page.getByText('No bookmarks yet.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toHaveCount(0);
  expect(await exportFile(page)).toMatchObject({ platforms: {}, bookmarks: {}, countdowns: {} });
  expect(await unlistedKeys(page)).toEqual([]);
});

test('what the previous version saved under its own keys is carried over on the first visit, nothing lost', async ({ page }) => {
  const requestedOn = daysAgo(3);
  const mergeChoice = { account: accountFingerprint('ana@example.test'), choice: 'declined' };
  await seedStorage(page, {
    [LEGACY_KEYS.progressV0]: '["download-your-data"]',
    [LEGACY_KEYS.progressV1]: JSON.stringify({
      version: 1,
      platforms: { tiktok: { steps: { ...doneAt(['download-your-data']), ...doneAt(['save-your-videos'], 'skipped') } } },
      bookmarks: { tiktok: { createdAt: '2026-11-01T10:00:00.000Z' } },
      device: 'android',
    }),
    [LEGACY_KEYS.countdownsV1]: JSON.stringify({ version: 1, countdowns: { tiktok: { requestedOn, startedAt: '2026-11-01T10:00:00.000Z' } } }),
    [LEGACY_KEYS.mergeChoiceV1]: JSON.stringify(mergeChoice),
  });

  await page.goto('/tiktok');
  await expect(page.getByText('1 of 8 done, 1 skipped')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/was reset/)).toHaveCount(0);
  expect(await unlistedKeys(page)).toEqual([BROWSER_DATA_KEY]);
  expect(await readProgress(page)).toMatchObject({ version: 2, device: 'android', countdowns: { tiktok: { requestedOn } }, mergeChoice });

  await page.goto('/tiktok/make-account-private');
  await expect(page.getByRole('radio', { name: 'Android' })).toBeChecked();
  await page.goto('/countdowns');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'TikTok' }) });
  await expect(card.getByRole('button', { name: 'Cancel countdown' })).toBeVisible();
  expect(await unlistedKeys(page)).toEqual([BROWSER_DATA_KEY]);
});

test('an unreadable value an earlier version saved is reset with the notice, and what could be read is kept', async ({ page }) => {
  await seedStorage(page, {
    [LEGACY_KEYS.progressV1]: '{"version":1,"platforms":',
    [LEGACY_KEYS.countdownsV1]: JSON.stringify({ version: 1, countdowns: { tiktok: { requestedOn: daysAgo(1), startedAt: '2026-11-01T10:00:00.000Z' } } }),
  });
  await page.goto('/countdowns');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read, so it was reset' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel countdown' })).toBeVisible();
  expect(await unlistedKeys(page)).toEqual([BROWSER_DATA_KEY]);
  await page.goto('/tiktok');
  await expect(page.getByText('0 of 8 done')).toBeVisible();
});
