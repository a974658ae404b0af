import { expect, type Page } from '@playwright/test';
import { BROWSER_DATA_KEY } from '@/lib/browser-data/keys';
import { emptyBrowserData, type BrowserData } from '@/lib/browser-data/record';

export { BROWSER_DATA_KEY };

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

/** Writes raw values under any keys (the ones an earlier version used, say) before any page script runs. */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.addInitScript((stored) => {
    // Only once: later reloads must see what the app itself saved.
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, entries);
}

/** Seeds this browser's record with some progress (a string is written as it is, to test unreadable values). */
export async function seedProgress(page: Page, value: Partial<Pick<BrowserData, 'platforms' | 'bookmarks' | 'device'>> | string) {
  const raw = typeof value === 'string' ? value : JSON.stringify({ ...emptyBrowserData, ...value });
  await seedStorage(page, { [BROWSER_DATA_KEY]: raw });
}

export function doneAt(steps: readonly string[], status: 'done' | 'skipped' = 'done') {
  return Object.fromEntries(steps.map((step) => [step, { status, updatedAt: '2026-11-01T10:00:00.000Z' }]));
}

/** This browser's record as saved (its `platforms` hold the progress), or null when it keeps nothing. */
export async function readProgress(page: Page): Promise<BrowserData | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), BROWSER_DATA_KEY);
  return raw === null ? null : (JSON.parse(raw) as BrowserData);
}

/** Every localStorage key Unlisted holds in this browser, whatever its version. */
export async function unlistedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('unlisted')));
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
