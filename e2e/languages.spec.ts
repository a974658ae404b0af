import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getLocalizedPlatforms } from '@/lib/content';

const spanish = getLocalizedPlatforms('es');

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('gets Spanish pages at the same addresses, still served from the build', async ({ page }) => {
    const response = await page.goto('/tiktok/make-account-private');
    expect(response?.headers()['content-language']).toBe('es');
    expect(response?.headers()['x-nextjs-cache']).toBe('HIT');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveURL(/\/tiktok\/make-account-private$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haz tu cuenta privada');
    await expect(page.getByRole('button', { name: 'Marcar como hecho' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Abrir / }).first()).toBeVisible();
  });

  test('walks a step in Spanish: marking it done moves on and is remembered', async ({ page }) => {
    await page.goto('/tiktok/download-your-data');
    await page.getByRole('button', { name: 'Marcar como hecho' }).click();
    await expect(page).toHaveURL(/\/tiktok\/save-your-videos$/);
    await page.goto('/tiktok');
    await expect(page.getByText('1 de 8 hechos')).toBeVisible();
  });

  test('can switch to English and back; the choice is kept on every page', async ({ page }) => {
    await page.goto('/tiktok');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/tiktok$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Bookmark this checklist' })).toBeVisible();
    await page.goto('/instagram');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/instagram$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('a step shown in English on a Spanish page says so and is marked as English', async ({ page }) => {
    const fallback = spanish.flatMap((platform) => platform.steps.map((step) => ({ platform, step }))).find(({ step }) => step.fallback);
    // Every step may be translated; then the notice must be nowhere.
    const { platform, step } = fallback ?? { platform: spanish[0]!, step: spanish[0]!.steps[0]! };
    await page.goto(`/${platform.slug}/${step.slug}`);
    const notice = page.getByText('se muestra en inglés', { exact: false }).or(page.getByText('versión en inglés', { exact: false }));
    if (fallback) {
      await expect(notice.first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
    } else {
      await expect(notice).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en');
    }
  });

  const spanishGroups = [
    { name: 'the home page', paths: ['/'] },
    ...spanish.map((platform) => ({ name: `the ${platform.name} checklist and its deletion step`, paths: [`/${platform.slug}`, `/${platform.slug}/${platform.steps.at(-1)!.slug}`] })),
  ];
  for (const group of spanishGroups) {
    test(`axe finds no violations in Spanish on ${group.name}`, async ({ page }) => {
      for (const path of group.paths) {
        await page.goto(path);
        await expect(page.locator('html'), path).toHaveAttribute('lang', 'es');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => violation.id), path).toEqual([]);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });

  test('the language switcher still works', async ({ page }) => {
    await page.goto('/youtube');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/youtube$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});

test('the switcher refuses a language the site does not speak, with a message', async ({ request }) => {
  const response = await request.post('/api/locale', { form: { locale: 'fr' } });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.issues[0].path).toBe('locale');
  expect(body.message).toBeTruthy();
});

test('the switcher never sends people to another site', async ({ request }) => {
  const response = await request.post('/api/locale', { form: { locale: 'es' }, headers: { Referer: 'https://evil.example/phish' }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe('/');
  expect(response.headers()['set-cookie']).toMatch(/unlisted-locale=es;.*HttpOnly/);
});
