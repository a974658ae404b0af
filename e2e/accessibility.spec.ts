import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getPlatforms } from '@/lib/content';
import { emptyBrowserData } from '@/lib/browser-data/record';
import { BROWSER_DATA_KEY, doneAt, seedProgress, seedStorage } from './fixtures';

async function expectNoViolations(page: Page, path?: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, path).toEqual([]);
}

/*
 * Every page, grouped so that one browser tab walks a platform's pages the way a
 * person does (its scripts are loaded once, not once per page). Each page is
 * named in the failure message.
 */
const groups: { name: string; paths: string[]; tag: string }[] = [
  ...getPlatforms().map((platform, index) => ({
    name: `the ${platform.name} checklist and every one of its steps`,
    paths: [`/${platform.slug}`, ...platform.steps.map((step) => `/${platform.slug}/${step.slug}`)],
    // On a phone: every page of the first platform; the others share its layouts.
    tag: index === 0 ? ' @phone' : '',
  })),
  { name: 'the home page, the account pages and a missing page', paths: ['/', '/signin', '/account', '/checklists', '/countdowns', '/tiktok/no-such-step'], tag: ' @phone' },
  {
    name: 'every other checklist, and its first and last step',
    paths: getPlatforms().slice(1).flatMap((platform) => [`/${platform.slug}`, `/${platform.slug}/${platform.steps[0]!.slug}`, `/${platform.slug}/${platform.steps.at(-1)!.slug}`]),
    // Desktop already walks these in the groups above (playwright.config leaves @phone-only out there).
    tag: ' @phone-only',
  },
];

for (const group of groups) {
  test(`axe finds no violations on ${group.name}${group.tag}`, async ({ page }) => {
    test.setTimeout(30_000 + group.paths.length * 15_000);
    for (const path of group.paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expectNoViolations(page, path);
    }
  });
}

test('axe finds no violations with progress shown (done, skipped, notices)', async ({ page }) => {
  await seedProgress(page, {
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
  await seedStorage(page, {
    [BROWSER_DATA_KEY]: JSON.stringify({ ...emptyBrowserData, countdowns: { tiktok: { requestedOn, startedAt: new Date().toISOString() } } }),
  });
  await page.goto('/countdowns');
  await expect(page.getByRole('button', { name: 'Cancel countdown' })).toBeVisible();
  await expectNoViolations(page);
});
