import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a step page reads without JavaScript, every device included', async ({ page }) => {
  await page.goto('/tiktok/make-account-private');
  await expect(page.getByRole('heading', { level: 1, name: 'Make your account private' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'On iPhone' })).toBeVisible();

  // The device choice is plain HTML and CSS: it works before any script runs.
  await page.getByRole('radio', { name: 'Android' }).check();
  await expect(page.getByRole('region', { name: 'On Android' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'On iPhone' })).toBeHidden();

  const html = await (await page.request.get('/tiktok/make-account-private')).text();
  const headings = [...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map((match) => match[1]);
  expect(headings).toEqual(expect.arrayContaining(['On iPhone', 'On Android', 'On Web']));
  // Playwright disables scripts by emulation, so the parser never shows <noscript>; check what is served.
  expect(html).toMatch(/<noscript><p[^>]*>Saving your progress needs JavaScript\./);

  // Saving needs JavaScript: the buttons say so by being disabled, and a note explains.
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeDisabled();

  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/turn-off-account-suggestions$/);
});

test('the checklist lists every step with a working link without JavaScript', async ({ page }) => {
  await page.goto('/tiktok');
  await expect(page.getByRole('link', { name: 'Make your account private' })).toBeVisible();
  await page.getByRole('link', { name: 'Delete your account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Delete/);
});
