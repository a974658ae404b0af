import type { Device } from '@/lib/content/constants';
import type { BookmarkRecord, PlatformProgress } from '@/lib/types/progress';
import { isPlainObject } from '@/lib/validation/plain-checks';
import { emptyBrowserData, readBrowserData, readMergeChoiceRecord, type BrowserCountdown, type MergeChoiceRecord } from './record';

/*
 * What earlier versions of Unlisted saved, each under its own key (keys.ts).
 * Read once, by migrate.ts, to carry it into the record; then removed.
 * Nothing writes these shapes any more.
 */

export const PROGRESS_V1_VERSION = 1;

export type ProgressV1 = {
  version: typeof PROGRESS_V1_VERSION;
  platforms: Record<string, PlatformProgress>;
  bookmarks?: Record<string, BookmarkRecord>;
  device?: Device;
};

/** `unlisted.progress.v1`, if it has that version's shape; unknown fields are dropped. */
export function readProgressV1(value: unknown): ProgressV1 | undefined {
  if (!isPlainObject(value) || value.version !== PROGRESS_V1_VERSION) return undefined;
  // The same parts as the record's, where bookmarks were optional: read by the record's own reader.
  const { bookmarks } = value;
  const read = readBrowserData({ ...emptyBrowserData, platforms: value.platforms, bookmarks: bookmarks === undefined ? {} : bookmarks, device: value.device });
  if (!read) return undefined;
  const { platforms, device } = read;
  return { version: PROGRESS_V1_VERSION, platforms, ...(bookmarks !== undefined ? { bookmarks: read.bookmarks } : {}), ...(device ? { device } : {}) };
}

export type CountdownsV1 = { version: 1; countdowns: Record<string, BrowserCountdown> };

/** `unlisted.countdowns.v1`, if it has that version's shape. */
export function readCountdownsV1(value: unknown): CountdownsV1 | undefined {
  if (!isPlainObject(value) || value.version !== 1) return undefined;
  const read = readBrowserData({ ...emptyBrowserData, countdowns: value.countdowns });
  return read ? { version: 1, countdowns: read.countdowns } : undefined;
}

/** `unlisted.merge-choice.v1`: the same shape the record keeps it in. */
export function readMergeChoiceV1(value: unknown): MergeChoiceRecord | undefined {
  return readMergeChoiceRecord(value);
}
