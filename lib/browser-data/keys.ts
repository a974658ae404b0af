/** The record's key: bump its suffix with the record's version (record.ts). */
export const BROWSER_DATA_KEY = 'unlisted.data.v2';

/**
 * Keys earlier versions of Unlisted wrote, each holding one part of what the
 * record now holds. Read once by migrate.ts to carry them over, then removed.
 */
export const LEGACY_KEYS = {
  /** Before versioned progress: a list of step slugs, never carried forward (it had no platform). */
  progressV0: 'unlisted.progress',
  progressV1: 'unlisted.progress.v1',
  countdownsV1: 'unlisted.countdowns.v1',
  mergeChoiceV1: 'unlisted.merge-choice.v1',
} as const;

/** Every key this browser may hold for Unlisted: "Delete my data" removes them all. */
export const ALL_KEYS: readonly string[] = [BROWSER_DATA_KEY, ...Object.values(LEGACY_KEYS)];
