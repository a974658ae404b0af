// zod/mini: this module runs in the browser, where the full zod would triple the app's own JavaScript.
import { z } from 'zod/mini';
import { DEVICES, FLOW_IDS, SLUG_PATTERN, type Device, type FlowId } from '@/lib/content/constants';

const slugSchema = z.string().check(z.regex(SLUG_PATTERN));

/** `todo` is kept (not deleted) after an Undo so a later merge knows which change is newer. */
export const STEP_STATUSES = ['todo', 'done', 'skipped'] as const;
export const stepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof stepStatusSchema>;

export const stepRecordSchema = z.object({
  status: stepStatusSchema,
  updatedAt: z.iso.datetime(),
});
export type StepRecord = z.infer<typeof stepRecordSchema>;

export const platformProgressSchema = z.object({
  flow: z.optional(z.enum(FLOW_IDS)),
  /** When the path was chosen; the later choice wins when two devices disagree. */
  flowUpdatedAt: z.optional(z.iso.datetime()),
  steps: z.record(slugSchema, stepRecordSchema),
});
export type PlatformProgress = z.infer<typeof platformProgressSchema>;

export const PROGRESS_VERSION = 1;

export const bookmarkRecordSchema = z.object({ createdAt: z.iso.datetime() });
export type BookmarkRecord = z.infer<typeof bookmarkRecordSchema>;

export const progressStateSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  platforms: z.record(slugSchema, platformProgressSchema),
  bookmarks: z.optional(z.record(slugSchema, bookmarkRecordSchema)),
  device: z.optional(z.enum(DEVICES)),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

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
