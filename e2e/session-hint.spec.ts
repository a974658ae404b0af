import { expect, test } from '@playwright/test';
import { signIn, uniqueEmail } from './mail';

const HINT = 'unlisted-session-hint';

test('anonymous visitors make no API request; signing in and out sets and clears the hint that allows one', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  await page.goto('/tiktok');
  await page.goto('/tiktok/make-account-private');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page).toHaveURL(/turn-off-account-suggestions$/);
  await page.waitForLoadState('networkidle');
  expect(apiCalls).toEqual([]);

  await signIn(page, uniqueEmail('hint'), '/tiktok');
  const hint = (await page.context().cookies()).find((cookie) => cookie.name === HINT);
  expect(hint?.value).toBe('1');
  expect(hint?.httpOnly).toBe(false);
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Account', exact: true })).toBeVisible();
  // The anonymous mark was merged into the account.
  await expect(page.getByText('1 of 8 done')).toBeVisible();

  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.context().cookies()).find((cookie) => cookie.name === HINT)).toBeUndefined();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
});

test('a hint without a session costs one question, then is dropped', async ({ page, context }) => {
  await context.addCookies([{ name: HINT, value: '1', domain: 'localhost', path: '/' }]);
  const me = page.waitForResponse((response) => response.url().endsWith('/api/me'));
  await page.goto('/tiktok');
  expect(await (await me).json()).toEqual({ user: null });
  await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === HINT)).toBe(false);
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
});
