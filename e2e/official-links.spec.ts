import { expect, test, type Page } from '@playwright/test';
import { getLocalizedPlatforms, getPlatforms } from '@/lib/content';
import type { LocalizedStep } from '@/lib/content';

// Every step's first button opens the setting itself, or the page says why no
// button can; and the "Checked on" line says truthfully what it was checked
// against. The content decides which; the page must show it.

async function expectLinksOf(page: Page, step: Pick<LocalizedStep, 'officialLinks' | 'noSettingLink' | 'verifiedAgainst'>, words: { setting: string; noLink: string; official: RegExp; secondary: RegExp }) {
  const items = page.locator('.official-links li');
  await expect(items).toHaveCount(step.officialLinks.length);
  const first = step.officialLinks[0]!;
  const firstLink = items.first().getByRole('link');
  await expect(firstLink).toHaveAttribute('href', first.url);
  await expect(firstLink).toHaveAccessibleName(new RegExp(`^${first.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (first.kind === 'setting') {
    await expect(items.first().locator('.link-kind')).toHaveText(words.setting);
    await expect(page.getByText(words.noLink)).toHaveCount(0);
  } else {
    await expect(page.getByText(words.noLink)).toBeVisible();
    await expect(page.locator('.no-setting-link')).toContainText(step.noSettingLink!.replace(/\*\*/g, ''));
  }
  await expect(page.locator('.verified-against')).toHaveText(step.verifiedAgainst === 'official' ? words.official : words.secondary);
}

const english = { setting: 'Setting', noLink: 'No link opens this setting directly.', official: /^against .+’s own help pages on this, and/, secondary: /^against independent guides only/ };

for (const platform of getPlatforms()) {
  test(`${platform.name}: every step opens its setting first or says why not, and says what it was checked against`, async ({ page }) => {
    for (const step of platform.steps) {
      await page.goto(`/${platform.slug}/${step.slug}`);
      await expectLinksOf(page, step, english);
    }
  });
}

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });
  const spanish = { setting: 'Ajuste', noLink: 'Ningún enlace abre este ajuste directamente.', official: /^con las páginas de ayuda de/, secondary: /^solo con guías independientes/ };

  test('the YouTube visibility step names the Spanish label "Oculto" and opens Spanish help pages', async ({ page }) => {
    const youtube = getLocalizedPlatforms('es').find((platform) => platform.slug === 'youtube')!;
    const step = youtube.steps.find((each) => each.slug === 'make-videos-private')!;
    await page.goto('/youtube/make-videos-private');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('main').locator('strong', { hasText: /^Oculto$/ }).first()).toBeAttached();
    await expect(page.getByText('No listado')).toHaveCount(0);
    await expectLinksOf(page, step, spanish);
    const spanishHelp = page.locator('.official-links a[hreflang="es"]');
    expect(await spanishHelp.count()).toBeGreaterThan(0);
    for (const link of await spanishHelp.all()) await expect(link).toHaveAttribute('href', /hl=es/);
  });

  test('every Spanish step page keeps the rule, with Spanish words', async ({ page }) => {
    for (const platform of getLocalizedPlatforms('es')) {
      for (const step of platform.steps) {
        await page.goto(`/${platform.slug}/${step.slug}`);
        if (step.fallback) continue; // shown in English, with its notice (languages.spec.ts)
        await expectLinksOf(page, step, spanish);
        // A help page without a Spanish version says it opens in English.
        for (const link of step.officialLinks.filter((each) => each.kind !== 'setting' && each.hrefLang === 'en')) expect(link.label).toMatch(/\(en inglés\)$/);
      }
    }
  });
});
