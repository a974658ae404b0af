import { DEVICES, FLOW_IDS, SLUG_PATTERN, type Device, type FlowId } from '@/lib/content/constants';
import { isIsoDateTime, isOneOf, isPlainObject, readRecord } from '@/lib/validation/plain-checks';

/** `todo` is kept (not deleted) after an Undo so a later merge knows which change is newer. */
export const STEP_STATUSES = ['todo', 'done', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export type StepRecord = { status: StepStatus; updatedAt: string };

export type PlatformProgress = {
  flow?: FlowId;
  /** When the path was chosen; the later choice wins when two devices disagree. */
  flowUpdatedAt?: string;
  steps: Record<string, StepRecord>;
};

export const PROGRESS_VERSION = 1;

export type BookmarkRecord = { createdAt: string };

export type ProgressState = {
  version: typeof PROGRESS_VERSION;
  platforms: Record<string, PlatformProgress>;
  bookmarks?: Record<string, BookmarkRecord>;
  device?: Device;
};

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

/**
 * What this browser saved, if it has the current shape; anything else
 * (another version, a hand-edited value) is undefined. Unknown fields are
 * dropped.
 */
export function readProgressState(value: unknown): ProgressState | undefined {
  if (!isPlainObject(value) || value.version !== PROGRESS_VERSION) return undefined;
  const platforms = readRecord(value.platforms, SLUG_PATTERN, readPlatformProgress);
  if (!platforms) return undefined;
  const bookmarks = value.bookmarks === undefined ? undefined : readRecord(value.bookmarks, SLUG_PATTERN, readBookmark);
  if (value.bookmarks !== undefined && !bookmarks) return undefined;
  const { device } = value;
  if (device !== undefined && !isOneOf(DEVICES, device)) return undefined;
  return {
    version: PROGRESS_VERSION,
    platforms,
    ...(bookmarks ? { bookmarks } : {}),
    ...(device !== undefined ? { device } : {}),
  };
}

/** What the server keeps of a person and sends back: progress and bookmarks, no device preference. */
export type ProgressData = {
  platforms: Record<string, PlatformProgress>;
  bookmarks: Record<string, BookmarkRecord>;
};

export const emptyProgress: ProgressState = Object.freeze({ version: PROGRESS_VERSION, platforms: {} });

const emptyPlatform: PlatformProgress = { steps: {} };

export function platformProgress(state: ProgressState, platform: string): PlatformProgress {
  return state.platforms[platform] ?? emptyPlatform;
}

export function stepStatus(state: ProgressState, platform: string, step: string): StepStatus {
  return platformProgress(state, platform).steps[step]?.status ?? 'todo';
}

export function withStepStatus(
  state: ProgressState,
  change: { platform: string; step: string; status: StepStatus; at: Date },
): ProgressState {
  const current = platformProgress(state, change.platform);
  return {
    ...state,
    platforms: {
      ...state.platforms,
      [change.platform]: {
        ...current,
        steps: { ...current.steps, [change.step]: { status: change.status, updatedAt: change.at.toISOString() } },
      },
    },
  };
}

export function withFlow(state: ProgressState, change: { platform: string; flow: FlowId; at: Date }): ProgressState {
  const current = platformProgress(state, change.platform);
  return {
    ...state,
    platforms: {
      ...state.platforms,
      [change.platform]: { ...current, flow: change.flow, flowUpdatedAt: change.at.toISOString() },
    },
  };
}

export function withBookmark(
  state: ProgressState,
  change: { platform: string; bookmarked: boolean; at: Date },
): ProgressState {
  const others = Object.fromEntries(
    Object.entries(state.bookmarks ?? {}).filter(([platform]) => platform !== change.platform),
  );
  const bookmarks = change.bookmarked
    ? { ...others, [change.platform]: state.bookmarks?.[change.platform] ?? { createdAt: change.at.toISOString() } }
    : others;
  return { ...state, bookmarks };
}

export function isBookmarked(state: ProgressState, platform: string): boolean {
  return Boolean(state.bookmarks?.[platform]);
}

export function withDevice(state: ProgressState, device: Device): ProgressState {
  return { ...state, device };
}

/** True when the person has marked anything on this platform (used for "continue where you left off"). */
export function hasStarted(state: ProgressState, platform: string): boolean {
  return Object.values(platformProgress(state, platform).steps).some((record) => record.status !== 'todo');
}

/** True when the browser holds anything worth merging into an account. */
export function hasAnonymousData(state: ProgressState): boolean {
  return (
    Object.keys(state.bookmarks ?? {}).length > 0 ||
    Object.values(state.platforms).some((platform) => platform.flow !== undefined || Object.keys(platform.steps).length > 0)
  );
}

export function toProgressData(state: ProgressState): ProgressData {
  return { platforms: state.platforms, bookmarks: state.bookmarks ?? {} };
}
