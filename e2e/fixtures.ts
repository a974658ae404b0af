import { expect, type Page } from '@playwright/test';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/local-store';
import type { ProgressState } from '@/lib/progress/state';

export { PROGRESS_STORAGE_KEY };

export const LOCK_DOWN = [
  'download-your-data',
  'save-your-videos',
  'make-account-private',
  'turn-off-account-suggestions',
  'stop-contact-syncing',
  'limit-direct-messages',
  'limit-comments-and-mentions',
  'limit-duets-stitches-downloads',
] as const;

export const LEAVE = ['download-your-data', 'save-your-videos', 'delete-account'] as const;

/** Seeds the browser's saved progress before any page script runs. */
export async function seedProgress(page: Page, value: ProgressState | string) {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  await page.addInitScript(
    ([key, stored]) => {
      // Only once: later reloads must see what the app itself saved.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, stored);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_STORAGE_KEY, raw] as const,
  );
}

export function doneAt(steps: readonly string[], status: 'done' | 'skipped' = 'done') {
  return Object.fromEntries(steps.map((step) => [step, { status, updatedAt: '2026-11-01T10:00:00.000Z' }]));
}

export async function readProgress(page: Page): Promise<ProgressState | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as ProgressState);
}

/** The accessible-ish name of the focused element: aria-label, else its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.innerText ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused control's name starts with `name`; fails if it never does. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current.startsWith(name) : name.test(current)) return;
  }
  throw new Error(`No control named "${String(name)}" reached by Tab within ${maxPresses} presses`);
}

/** The step page's main heading has focus (as after a wizard move). */
export async function expectHeadingFocused(page: Page, text: string | RegExp) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(text);
  await expect(heading).toBeFocused();
}
