import { BROWSER_DATA_KEY, LEGACY_KEYS } from './keys';
import { PROGRESS_V1_VERSION, readCountdownsV1, readMergeChoiceV1, readProgressV1 } from './legacy';
import { isPlainObject } from '@/lib/validation/plain-checks';
import { CORRUPTED_NOTICE, UNAVAILABLE_NOTICE } from './notices';
import { loadCurrent, parseJson, readCurrent, removeKeys, type Loaded, type Parsed, type StorageLike } from './read';
import { emptyBrowserData, hasBrowserData, type BrowserData } from './record';

/*
 * Loaded on demand, only in a browser where an earlier version left keys of
 * its own (store.ts): most visitors never download it.
 */

export const OUTDATED_NOTICE = 'The progress saved in this browser came from an older version of Unlisted and was reset. Please mark your steps again.';

/** A value of the wrong shape came from a still older version (its own notice) or is unreadable. */
function resetNotice(parsed: Parsed, expectedVersion: number): string {
  const version = parsed.ok && isPlainObject(parsed.value) ? parsed.value.version : undefined;
  return typeof version === 'number' && version < expectedVersion ? OUTDATED_NOTICE : CORRUPTED_NOTICE;
}

/**
 * What this browser saved, all of it: the record, with whatever the older
 * keys hold carried into it (carryOver). Synchronous, for the store once this
 * module has loaded and for the tests.
 */
export function loadBrowserData(storage: StorageLike): Loaded {
  const { migrate, ...current } = loadCurrent(storage);
  if (!migrate) return current;
  const carried = carryOver(storage);
  const notice = carried.notice ?? current.notice;
  return notice ? { state: carried.state, notice } : { state: carried.state };
}

/**
 * Carries what the older keys hold into the record and removes them. The
 * record's own entries win: they were made on this page while this module
 * loaded, or by a later version. The record is written before the old keys
 * are removed, so a failed write loses nothing (the next page tries again).
 * Anything unreadable is dropped with the notice the person already knows.
 */
export function carryOver(storage: StorageLike): Loaded {
  const saved = (key: string) => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  let old: BrowserData = emptyBrowserData;
  let notice: string | undefined;
  // One notice: "could not be read" outweighs "came from an older version".
  const note = (next: string) => {
    if (notice !== CORRUPTED_NOTICE) notice = next;
  };

  const progressRaw = saved(LEGACY_KEYS.progressV1);
  if (progressRaw !== null) {
    const parsed = parseJson(progressRaw);
    const progress = parsed.ok ? readProgressV1(parsed.value) : undefined;
    if (progress) {
      const { platforms, bookmarks = {}, device } = progress;
      old = { ...old, platforms, bookmarks, ...(device ? { device } : {}) };
    } else {
      note(resetNotice(parsed, PROGRESS_V1_VERSION));
    }
  } else if (saved(LEGACY_KEYS.progressV0) !== null) {
    note(OUTDATED_NOTICE);
  }

  const countdownsRaw = saved(LEGACY_KEYS.countdownsV1);
  if (countdownsRaw !== null) {
    const parsed = parseJson(countdownsRaw);
    const countdowns = parsed.ok ? readCountdownsV1(parsed.value) : undefined;
    if (countdowns) old = { ...old, countdowns: countdowns.countdowns };
    else note(resetNotice(parsed, 1));
  }

  const mergeChoiceRaw = saved(LEGACY_KEYS.mergeChoiceV1);
  if (mergeChoiceRaw !== null) {
    const parsed = parseJson(mergeChoiceRaw);
    // An unreadable answer is dropped without a notice: the person is simply asked again.
    const mergeChoice = parsed.ok ? readMergeChoiceV1(parsed.value) : undefined;
    if (mergeChoice) old = { ...old, mergeChoice };
  }

  let current: BrowserData = emptyBrowserData;
  try {
    current = readCurrent(storage)?.state ?? emptyBrowserData;
  } catch {
    // Unreadable now, though it was read a moment ago: written over below.
  }
  const state = withUnder(current, old);
  if (hasBrowserData(state)) {
    try {
      storage.setItem(BROWSER_DATA_KEY, JSON.stringify(state));
    } catch {
      return { state, notice: UNAVAILABLE_NOTICE };
    }
  }
  removeKeys(storage, Object.values(LEGACY_KEYS));
  return notice ? { state, notice } : { state };
}

/** `record`, with what `old` holds wherever the record has nothing of its own. */
function withUnder(record: BrowserData, old: BrowserData): BrowserData {
  const platforms = { ...old.platforms };
  for (const [slug, progress] of Object.entries(record.platforms)) {
    const before = platforms[slug];
    const { flow, flowUpdatedAt } = progress.flow || !before ? progress : before;
    platforms[slug] = {
      ...(flow ? { flow } : {}),
      ...(flowUpdatedAt ? { flowUpdatedAt } : {}),
      steps: { ...before?.steps, ...progress.steps },
    };
  }
  const device = record.device ?? old.device;
  const mergeChoice = record.mergeChoice ?? old.mergeChoice;
  return {
    ...emptyBrowserData,
    platforms,
    bookmarks: { ...old.bookmarks, ...record.bookmarks },
    countdowns: { ...old.countdowns, ...record.countdowns },
    ...(device ? { device } : {}),
    ...(mergeChoice ? { mergeChoice } : {}),
  };
}
