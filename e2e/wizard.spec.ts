import { expect, test } from '@playwright/test';
import { LEGACY_KEYS } from '@/lib/browser-data/keys';
import { LEAVE, LOCK_DOWN, doneAt, expectHeadingFocused, readProgress, seedProgress, seedStorage, tabTo } from './fixtures';

test('the whole lock-down path by keyboard only, from the home page to the end', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'TikTok');
  // The header and the platform list both link to TikTok; either way leads to the checklist.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tiktok$/);
  await expect(page.getByText('0 of 8 done')).toBeVisible();

  await tabTo(page, 'Start:');
  await page.keyboard.press('Enter');

  for (const [index, slug] of LOCK_DOWN.entries()) {
    await expect(page).toHaveURL(new RegExp(`/tiktok/${slug}$`));
    await expect(page.getByText(`Step ${index + 1} of 8`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await tabTo(page, 'Mark as done');
    await page.keyboard.press('Enter');
  }

  // After the last step the wizard returns to the checklist, everything done.
  await expect(page).toHaveURL(/\/tiktok$/);
  await expectHeadingFocused(page, 'TikTok');
  await expect(page.getByText('8 of 8 done')).toBeVisible();
  await expect(page.getByText('Every step on this path is done or skipped.')).toBeVisible();
  const progress = await readProgress(page);
  expect(Object.keys(progress?.platforms.tiktok?.steps ?? {}).sort()).toEqual([...LOCK_DOWN].sort());
});

test('progress survives a reload, on the checklist and on the home page', async ({ page }) => {
  await page.goto('/tiktok/download-your-data');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/save-your-videos$/);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/make-account-private$/);

  await page.reload();
  await page.getByRole('link', { name: 'Previous step' }).click();
  await expect(page.getByText('You marked this step as done.')).toBeVisible();

  await page.goto('/tiktok');
  await expect(page.getByText('2 of 8 done')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Resume: Make your account private' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 of 8 done')).toBeVisible();

  await page.goto('/');
  const resume = page.getByRole('link', { name: /Resume with “Make your account private”/ });
  await expect(resume).toBeVisible();
  await resume.click();
  await expectHeadingFocused(page, 'Make your account private');
});

test('skip moves on, and undo puts the step back', async ({ page }) => {
  await page.goto('/tiktok/turn-off-account-suggestions');
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page).toHaveURL(/stop-contact-syncing$/);

  await page.goto('/tiktok');
  await expect(page.getByText('0 of 8 done, 1 skipped')).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: 'suggest' }).first();
  await expect(row.getByText('Skipped')).toBeVisible();

  await page.goto('/tiktok/turn-off-account-suggestions');
  await expect(page.getByText('You skipped this step.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Not done yet.')).toBeVisible();
  await expect(page).toHaveURL(/turn-off-account-suggestions$/);
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();

  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.getByRole('link', { name: 'Previous step' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.goto('/tiktok');
  await expect(page.getByText('0 of 8 done')).toBeVisible();
  expect((await readProgress(page))?.platforms.tiktok?.steps['turn-off-account-suggestions']?.status).toBe('todo');
});

test('the leave path by mouse: choose it, back up, see the warning, delete', async ({ page }) => {
  await page.goto('/tiktok');
  await page.getByRole('radio', { name: /Leave TikTok/ }).check();
  await expect(page.getByText('0 of 3 done')).toBeVisible();
  await page.getByRole('link', { name: /^Start:/ }).click();

  await expect(page).toHaveURL(/download-your-data$/);
  await expect(page.getByText('Step 1 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/save-your-videos$/);
  await page.getByRole('link', { name: 'Next step' }).click();

  await expect(page).toHaveURL(/delete-account$/);
  const warning = page.getByRole('note').filter({ hasText: 'Do these steps first' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link')).toHaveText(['Save your videos']);
  await warning.getByRole('link', { name: 'Save your videos' }).click();
  await page.getByRole('button', { name: 'Mark as done' }).click();

  await expect(page).toHaveURL(/delete-account$/);
  await expect(page.getByText('Do these steps first')).toHaveCount(0);
  const official = page.getByRole('link', { name: /^Open / }).first();
  await expect(official).toHaveAttribute('href', /^https:\/\/([a-z]+\.)*tiktok\.com\//);
  await page.getByRole('button', { name: 'Mark as done' }).click();

  await expect(page).toHaveURL(/\/tiktok$/);
  await expect(page.getByText('3 of 3 done')).toBeVisible();
  await expect(page.getByText('Don’t log in to TikTok for the next 30 days')).toBeVisible();
});

test('the fork after backing up offers both paths, and Next follows the choice', async ({ page }) => {
  await page.goto('/tiktok/save-your-videos');
  const fork = page.getByRole('group', { name: 'After backing up, what do you want to do?' });
  await expect(fork.getByRole('radio', { name: 'Lock it down' })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Next step' })).toHaveAttribute('href', '/tiktok/make-account-private');

  await fork.getByRole('radio', { name: 'Leave TikTok' }).check();
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/delete-account$/);
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
});

test('skipping the delete step does not switch the path to leaving', async ({ page }) => {
  await page.goto('/tiktok/delete-account');
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page).toHaveURL(/\/tiktok$/);
  await expect(page.getByText('0 of 8 done')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your path: Lock it down' })).toBeVisible();
});

test('each action is confirmed in the live region, and Undo keeps the keyboard in place', async ({ page }) => {
  await page.goto('/tiktok/download-your-data');
  const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
  await expect(live).toBeEmpty();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/save-your-videos$/);
  await expect(live).toHaveText('“Download your data” marked as done.');

  await page.getByRole('link', { name: 'Previous step' }).click();
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(live).toHaveText('“Download your data” is back to not done.');
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeFocused();
});

test('a deep-linked step works on its own and walks the default path', async ({ page }) => {
  await page.goto('/tiktok/limit-direct-messages');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/message/i);
  await expect(page.getByText('Step 6 of 8')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open / }).first()).toHaveAttribute('href', /tiktok\.com/);
  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/limit-comments-and-mentions$/);
  await page.getByRole('link', { name: 'Previous step' }).click();
  await expect(page).toHaveURL(/limit-direct-messages$/);
});

test('the device is picked once and remembered on every step', async ({ page }) => {
  await page.goto('/tiktok/make-account-private');
  const iphone = page.getByRole('region', { name: 'On iPhone' });
  const web = page.getByRole('region', { name: 'On Web' });
  await expect(iphone).toBeVisible();
  await expect(web).toBeHidden();

  await page.getByRole('radio', { name: 'Web' }).check();
  await expect(web).toBeVisible();
  await expect(iphone).toBeHidden();

  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page.getByRole('radio', { name: 'Web' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'On Web' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'On Web' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'On Android' })).toBeHidden();
});

test('progress follows other tabs without a reload', async ({ context }) => {
  const checklist = await context.newPage();
  await checklist.goto('/tiktok');
  await expect(checklist.getByText('0 of 8 done')).toBeVisible();

  const step = await context.newPage();
  await step.goto('/tiktok/download-your-data');
  await step.getByRole('button', { name: 'Mark as done' }).click();
  await expect(step).toHaveURL(/save-your-videos$/);

  await expect(checklist.getByText('1 of 8 done')).toBeVisible();
});

test('progress saved by an earlier visit is shown on every page', async ({ page }) => {
  await seedProgress(page, {
    platforms: { tiktok: { flow: 'leave', steps: doneAt(LEAVE.slice(0, 2)) } },
  });
  await page.goto('/tiktok');
  await expect(page.getByRole('radio', { name: /Leave TikTok/ })).toBeChecked();
  await expect(page.getByText('2 of 3 done')).toBeVisible();
  await page.goto('/tiktok/save-your-videos');
  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/delete-account$/);
});

test('a corrupted saved value resets with a notice, and the wizard still works', async ({ page }) => {
  await seedProgress(page, '{"version":1,"platforms":');
  await page.goto('/tiktok');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read, so it was reset' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('0 of 8 done')).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be read, so it was reset')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.getByRole('link', { name: /^Start:/ }).click();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.goto('/tiktok');
  await expect(page.getByText('1 of 8 done')).toBeVisible();
});

test('an outdated saved value resets with its own notice', async ({ page }) => {
  // What a still older version wrote under the progress key of its day.
  await seedStorage(page, { [LEGACY_KEYS.progressV1]: JSON.stringify({ version: 0, steps: ['download-your-data'] }) });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'older version of Unlisted' })).toBeVisible();
});

test('unknown platforms and steps are a real 404 page', async ({ page }) => {
  for (const path of ['/tiktok/not-a-step', '/myspace', '/tiktok/make-account-private/extra']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Pick a platform' }).click();
  await expect(page).toHaveURL(/\/$/);
});
