import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getPlatforms } from '@/lib/content';
import { DEVICES } from '@/lib/content/constants';
import { doneAt, seedProgress } from './fixtures';

const platform = getPlatforms()[0]!;
const checklistPath = `/${platform.slug}`;
// The step with the most on it: warnings, a "do these first" callout, the countdown form.
const deletionStep = platform.steps.find((step) => step.kind === 'deletion') ?? platform.steps.at(-1)!;
const stepPath = `/${platform.slug}/${deletionStep.slug}`;

type ManifestIcon = { src: string; sizes?: string; type?: string; purpose?: string };

/** Width and height from a PNG's IHDR chunk, the first after the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pages hydrate before their buttons are enabled; axe skips disabled controls, so wait for them. */
async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
  });
  await expect(page.locator('main button:disabled')).toHaveCount(0);
}

test.describe('install', () => {
  test('the manifest is served as a manifest, and every icon it lists loads at its declared size', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json\b/);
    const manifest = (await response.json()) as {
      name?: string;
      short_name?: string;
      start_url?: string;
      display?: string;
      icons?: ManifestIcon[];
    };
    expect(manifest).toMatchObject({ name: 'Unlisted', short_name: 'Unlisted', start_url: '/', display: 'standalone' });

    const icons = manifest.icons ?? [];
    expect(icons.some((icon) => icon.type === 'image/svg+xml' && icon.sizes === 'any')).toBe(true);
    for (const size of ['192x192', '512x512']) {
      expect(icons.some((icon) => icon.type === 'image/png' && icon.sizes === size && icon.purpose !== 'maskable'), size).toBe(true);
    }
    expect(icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);

    for (const icon of icons) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()['content-type'], icon.src).toBe(icon.type);
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(await file.body());
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }
    }
  });

  test('pages link the manifest, and the apple-touch-icon is 180×180', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /^\/manifest\.webmanifest/);

    const apple = await request.get('/icons/apple-touch-icon.png');
    expect(apple.status()).toBe(200);
    expect(apple.headers()['content-type']).toBe('image/png');
    expect(pngSize(await apple.body())).toEqual({ width: 180, height: 180 });
  });
});

test.describe('print', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
  });

  async function expectScreenOnlyPartsHidden(page: Page) {
    for (const role of ['navigation', 'button', 'radio'] as const) {
      const controls = page.getByRole(role, { includeHidden: true });
      for (const control of await controls.all()) await expect(control).toBeHidden();
    }
    await expect(page.getByRole('link', { name: 'Skip to content', includeHidden: true })).toBeHidden();
    for (const part of await page.locator('.site-header, .site-footer, form, progress').all()) await expect(part).toBeHidden();
  }

  test('the checklist prints as a paper checklist: a box before every step, no navigation or buttons', async ({ page }) => {
    await page.goto(checklistPath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForHydration(page);
    await expect(page.getByRole('navigation', { includeHidden: true }).first()).toBeAttached();
    await expectScreenOnlyPartsHidden(page);
    await expect(page.getByRole('link', { name: /^(Start|Resume):/, includeHidden: true })).toBeHidden();

    const steps = page.locator('.step-list > li');
    expect(await steps.count()).toBeGreaterThan(0);
    const boxes = await steps.evaluateAll((items) =>
      items.map((item) => {
        const box = getComputedStyle(item, '::before');
        return {
          step: item.querySelector('a')?.textContent ?? '',
          content: box.content,
          display: box.display,
          border: `${box.borderTopStyle} ${box.borderTopWidth}`,
          width: Number.parseFloat(box.width),
          height: Number.parseFloat(box.height),
          // Empty: the box is for ticking by hand.
          background: box.backgroundColor,
        };
      }),
    );
    for (const box of boxes) {
      expect(box.content, box.step).not.toBe('none');
      expect(box.display, box.step).not.toBe('none');
      expect(box.border, box.step).toMatch(/^solid [1-9]/);
      expect(box.width, box.step).toBeGreaterThan(8);
      expect(box.width, box.step).toBe(box.height);
      expect(box.background, box.step).toMatch(/^(rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\))$/);
    }
    // The status badges are the screen's version of the box; the hint to print is for the screen too.
    for (const part of await page.locator('.step-list .status, .print-hint').all()) await expect(part).toBeHidden();

    // Black on white, even where the screen is dark.
    const colors = await page.evaluate(() => ({ text: getComputedStyle(document.body).color, paper: getComputedStyle(document.body).backgroundColor }));
    expect(colors).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
  });

  test('a step page prints every device’s instructions, the official addresses, and no controls', async ({ page }) => {
    await page.goto(stepPath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForHydration(page);
    await expectScreenOnlyPartsHidden(page);

    for (const device of DEVICES) {
      await expect(page.locator(`.device-panel[data-device="${device}"]`)).toBeVisible();
    }

    const officialLinks = page.locator('.official-links a');
    expect(await officialLinks.count()).toBeGreaterThan(0);
    for (const link of await officialLinks.all()) {
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^https:\/\//);
      const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
      expect(after).toContain(href);
    }
    // Our own links (the checklist, other steps) keep their text only.
    const ownLinks = page.locator('main a[href^="/"]');
    for (const link of await ownLinks.all()) {
      expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
    }
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  async function expectDarkAndAccessible(page: Page) {
    await waitForHydration(page);
    const luminance = await page.evaluate(() => {
      const [r = 255, g = 255, b = 255] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      const linear = (channel: number) => {
        const value = channel / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    });
    expect(luminance, 'relative luminance of the page background').toBeLessThan(0.05);

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  }

  for (const path of ['/', checklistPath, stepPath]) {
    test(`${path} follows the system’s dark setting, and axe finds no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await expectDarkAndAccessible(page);
    });
  }

  test('status chips, callouts and the reset notice pass in the dark too', async ({ page }) => {
    const [first, second] = platform.steps;
    await seedProgress(page, {
      platforms: { [platform.slug]: { steps: { ...doneAt([first!.slug]), ...doneAt([second!.slug], 'skipped') } } },
    });
    await page.goto(checklistPath);
    await expect(page.locator('.step-list .status-done').first()).toBeVisible();
    await expect(page.locator('.step-list .status-skipped').first()).toBeVisible();
    await expectDarkAndAccessible(page);

    await page.goto(`/${platform.slug}/${first!.slug}`);
    await expect(page.locator('.step-actions .status-done')).toBeVisible();
    await expectDarkAndAccessible(page);
  });

  test('the notice shown after an unreadable saved value passes in the dark', async ({ page }) => {
    await seedProgress(page, '{"version":1,"platforms":');
    await page.goto(checklistPath);
    await expect(page.locator('.notice')).toBeVisible();
    await expectDarkAndAccessible(page);
  });
});
