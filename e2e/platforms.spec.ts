import { expect, test } from '@playwright/test';
import { getPlatforms } from '@/lib/content';
import { expectHeadingFocused, readProgress } from './fixtures';

// TikTok's wizard has its own, deeper spec (wizard.spec.ts); every other
// platform is walked here along its lock-down path, from the home page.
const others = getPlatforms().filter((platform) => platform.slug !== 'tiktok');

test('the home page lists every platform', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'TikTok' }) }).last();
  for (const platform of getPlatforms()) {
    await expect(list.getByRole('link', { name: platform.name, exact: true })).toHaveAttribute('href', `/${platform.slug}`);
  }
});

for (const platform of others) {
  const lockDown = platform.flows['lock-down'].steps;

  test(`${platform.name}: the lock-down path from the home page to the end`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: platform.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${platform.slug}$`));
    await expect(page.getByText(`0 of ${lockDown.length} done`)).toBeVisible();

    await page.getByRole('link', { name: /^Start:/ }).click();
    for (const [index, slug] of lockDown.entries()) {
      await expect(page).toHaveURL(new RegExp(`/${platform.slug}/${slug}$`));
      await expect(page.getByText(`Step ${index + 1} of ${lockDown.length}`)).toBeVisible();
      await expect(page.getByRole('link', { name: /^Open / }).first()).toBeVisible();
      await expect(page.getByText(/^Checked on /)).toBeVisible();
      await page.getByRole('button', { name: 'Mark as done' }).click();
    }

    await expect(page).toHaveURL(new RegExp(`/${platform.slug}$`));
    await expectHeadingFocused(page, platform.name);
    await expect(page.getByText(`${lockDown.length} of ${lockDown.length} done`)).toBeVisible();
    const progress = await readProgress(page);
    expect(Object.keys(progress?.platforms[platform.slug]?.steps ?? {}).sort()).toEqual([...lockDown].sort());
  });

  test(`${platform.name}: the deletion step offers a countdown only where there is a grace period`, async ({ page }) => {
    const deletion = platform.steps.find((step) => step.kind === 'deletion')!;
    await page.goto(`/${platform.slug}/${deletion.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(deletion.title);
    const start = page.getByRole('button', { name: 'Start countdown' });
    if (platform.timings.deletionGraceDays) {
      await expect(start).toBeVisible();
      await expect(page.getByText(`stays deactivated for ${platform.timings.deletionGraceDays} days`)).toBeVisible();
    } else {
      // The page is fully there (its official link shows) and has no countdown to offer.
      await expect(page.getByRole('link', { name: /^Open / }).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Start the countdown' })).toHaveCount(0);
      await expect(start).toHaveCount(0);
    }
  });
}

test('several checklists at once: /checklists shows the progress of each', async ({ page }) => {
  const [first, second] = others;
  await page.goto(`/${first!.slug}/${first!.flows['lock-down'].steps[0]}`);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.goto(`/${second!.slug}`);
  await page.getByRole('button', { name: 'Bookmark this checklist' }).click();
  await page.goto('/checklists');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: second!.name, exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: first!.name, exact: true })).toBeVisible();
  await expect(page.getByText(`1 of ${first!.flows['lock-down'].steps.length} done`)).toBeVisible();
});

test('a platform without a setting says so instead of inventing a step', async ({ page }) => {
  const youtube = getPlatforms().find((platform) => platform.slug === 'youtube')!;
  await page.goto('/youtube');
  await expect(page.getByRole('heading', { name: 'Not on YouTube' })).toBeVisible();
  for (const entry of youtube.notOnPlatform) await expect(page.getByText(entry.topic, { exact: true })).toBeVisible();
  expect(youtube.steps.some((step) => /message/i.test(step.slug))).toBe(false);
});

test('every step links its sources and has a problem report form for itself', async ({ page }) => {
  for (const platform of getPlatforms()) {
    const step = platform.steps[0]!;
    await page.goto(`/${platform.slug}/${step.slug}`);
    // Its accessible name is the contract (docs/contracts.md); a <summary> has no role to find it by (docs/stack-traps.md, trap 15).
    await expect(page.locator('summary', { hasText: 'Report a problem with this step' })).toHaveAccessibleName('Report a problem with this step');
    const form = page.locator('form.report-form');
    await expect(form).toHaveAttribute('action', '/api/reports');
    await expect(form.locator('input[name="platform"]')).toHaveValue(platform.slug);
    await expect(form.locator('input[name="step"]')).toHaveValue(step.slug);
    for (const source of step.sources) {
      await expect(page.locator('footer.sources').getByRole('link', { name: source.label, exact: true }).first()).toHaveAttribute('href', source.url);
    }
  }
});
