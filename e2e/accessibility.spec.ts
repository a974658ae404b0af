import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getPlatforms } from '@/lib/content';
import { doneAt, seedProgress } from './fixtures';

const pages = ['/', ...getPlatforms().flatMap((platform) => [
  `/${platform.slug}`,
  ...platform.steps.map((step) => `/${platform.slug}/${step.slug}`),
]), '/tiktok/no-such-step', '/signin', '/account', '/checklists', '/countdowns'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const path of pages) {
  test(`axe finds no violations on ${path} @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
}

test('axe finds no violations with progress shown (done, skipped, notices)', async ({ page }) => {
  await seedProgress(page, {
    version: 1,
    platforms: { tiktok: { steps: { ...doneAt(['download-your-data']), ...doneAt(['save-your-videos'], 'skipped') } } },
  });
  await page.goto('/tiktok');
  await expect(page.getByText('1 of 8 done, 1 skipped')).toBeVisible();
  await expectNoViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  await expectNoViolations(page);
  await page.goto('/tiktok/download-your-data');
  await expect(page.getByText('You marked this step as done.')).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations on a running countdown', async ({ page }) => {
  const requestedOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await page.addInitScript((value) => {
    localStorage.setItem('unlisted.countdowns.v1', value);
  }, JSON.stringify({ version: 1, countdowns: { tiktok: { requestedOn, startedAt: new Date().toISOString() } } }));
  await page.goto('/countdowns');
  await expect(page.getByRole('button', { name: 'Cancel countdown' })).toBeVisible();
  await expectNoViolations(page);
});
