import type { BrowserData } from './record';

/**
 * The anonymous "Export my data" file: the whole record, nothing left out
 * (progress, paths, bookmarks, countdowns, device, the merge answer), with
 * `platforms` and `bookmarks` where earlier exports had them.
 */
export function exportBrowserData(data: BrowserData, now: Date): { exportedAt: string } & BrowserData {
  return { exportedAt: now.toISOString(), ...data };
}

export function exportFileName(now: Date): string {
  return `unlisted-export-${now.toISOString().slice(0, 10)}.json`;
}
