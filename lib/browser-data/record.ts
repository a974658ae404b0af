import { DEVICES, FLOW_IDS, SLUG_PATTERN, type Device } from '@/lib/content/constants';
import { STEP_STATUSES, type BookmarkRecord, type PlatformProgress, type StepRecord } from '@/lib/types/progress';
import { isIsoDate, isIsoDateTime, isOneOf, isPlainObject, readRecord } from '@/lib/validation/plain-checks';

/*
 * Everything this browser keeps for a person, as one versioned record under
 * one key (keys.ts; docs/architecture.md, "Browser data"). Only lib/browser-data/
 * reads or writes it; the rest of the app asks lib/browser-data/browser.ts.
 * Checked without zod: it is read on every page (lib/validation/plain-checks.ts
 * says why), and record.test.ts proves the reader equal to a zod schema.
 */

/** Bump with the key's suffix (keys.ts); migrate.ts carries older shapes forward. */
export const BROWSER_DATA_VERSION = 2;

export const MERGE_CHOICES = ['accepted', 'declined'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];

/** A deletion countdown of someone without an account. */
export type BrowserCountdown = { requestedOn: string; startedAt: string };

/** The answer to "add this browser's progress to the account?", for one account (known by a fingerprint, not its address). */
export type MergeChoiceRecord = { account: string; choice: MergeChoice };

export type BrowserData = {
  version: typeof BROWSER_DATA_VERSION;
  /** Per platform: marked steps and the chosen path. */
  platforms: Record<string, PlatformProgress>;
  bookmarks: Record<string, BookmarkRecord>;
  countdowns: Record<string, BrowserCountdown>;
  /** Which device's instructions to show. */
  device?: Device;
  mergeChoice?: MergeChoiceRecord;
};

export const emptyBrowserData: BrowserData = Object.freeze({
  version: BROWSER_DATA_VERSION,
  platforms: {},
  bookmarks: {},
  countdowns: {},
});

const ACCOUNT_FINGERPRINT = /^[0-9a-f]{8}$/;

function readStepRecord(value: unknown): StepRecord | undefined {
  if (!isPlainObject(value) || !isOneOf(STEP_STATUSES, value.status) || !isIsoDateTime(value.updatedAt)) return undefined;
  return { status: value.status, updatedAt: value.updatedAt };
}

function readPlatformProgress(value: unknown): PlatformProgress | undefined {
  if (!isPlainObject(value)) return undefined;
  const { flow, flowUpdatedAt } = value;
  if (flow !== undefined && !isOneOf(FLOW_IDS, flow)) return undefined;
  if (flowUpdatedAt !== undefined && !isIsoDateTime(flowUpdatedAt)) return undefined;
  const steps = readRecord(value.steps, SLUG_PATTERN, readStepRecord);
  if (!steps) return undefined;
  return { ...(flow !== undefined ? { flow } : {}), ...(flowUpdatedAt !== undefined ? { flowUpdatedAt } : {}), steps };
}

function readBookmark(value: unknown): BookmarkRecord | undefined {
  return isPlainObject(value) && isIsoDateTime(value.createdAt) ? { createdAt: value.createdAt } : undefined;
}

function readCountdown(value: unknown): BrowserCountdown | undefined {
  if (!isPlainObject(value) || !isIsoDate(value.requestedOn) || !isIsoDateTime(value.startedAt)) return undefined;
  return { requestedOn: value.requestedOn, startedAt: value.startedAt };
}

export function readMergeChoiceRecord(value: unknown): MergeChoiceRecord | undefined {
  if (!isPlainObject(value) || typeof value.account !== 'string' || !ACCOUNT_FINGERPRINT.test(value.account)) return undefined;
  return isOneOf(MERGE_CHOICES, value.choice) ? { account: value.account, choice: value.choice } : undefined;
}

/**
 * The record, if `value` has the current shape; anything else (another
 * version, a hand-edited value) is undefined. Unknown fields are dropped.
 */
export function readBrowserData(value: unknown): BrowserData | undefined {
  if (!isPlainObject(value) || value.version !== BROWSER_DATA_VERSION) return undefined;
  const platforms = readRecord(value.platforms, SLUG_PATTERN, readPlatformProgress);
  const bookmarks = readRecord(value.bookmarks, SLUG_PATTERN, readBookmark);
  const countdowns = readRecord(value.countdowns, SLUG_PATTERN, readCountdown);
  if (!platforms || !bookmarks || !countdowns) return undefined;
  const { device } = value;
  if (device !== undefined && !isOneOf(DEVICES, device)) return undefined;
  const mergeChoice = value.mergeChoice === undefined ? undefined : readMergeChoiceRecord(value.mergeChoice);
  if (value.mergeChoice !== undefined && !mergeChoice) return undefined;
  return {
    version: BROWSER_DATA_VERSION,
    platforms,
    bookmarks,
    countdowns,
    ...(device !== undefined ? { device } : {}),
    ...(mergeChoice ? { mergeChoice } : {}),
  };
}

/** Whether the record holds anything at all: an empty one is not kept in storage. */
export function hasBrowserData({ platforms, bookmarks, countdowns, device, mergeChoice }: BrowserData): boolean {
  return [platforms, bookmarks, countdowns].some((part) => Object.keys(part).length > 0) || device !== undefined || mergeChoice !== undefined;
}
