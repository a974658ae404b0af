import type { Device, FlowId } from '@/lib/content/constants';
import type { BookmarkRecord, PlatformProgress, StepStatus } from '@/lib/types/progress';

export { STEP_STATUSES } from '@/lib/types/progress';
export type { BookmarkRecord, PlatformProgress, ProgressData, StepRecord, StepStatus } from '@/lib/types/progress';

/**
 * A person's progress as the pages show it, wherever it is kept: this
 * browser's record (lib/browser-data/) or the account.
 */
export type ProgressState = {
  platforms: Record<string, PlatformProgress>;
  bookmarks: Record<string, BookmarkRecord>;
  device?: Device;
};

export const emptyProgress: ProgressState = { platforms: {}, bookmarks: {} };

const emptyPlatform: PlatformProgress = { steps: {} };

export function platformProgress(state: ProgressState, platform: string): PlatformProgress {
  return state.platforms[platform] ?? emptyPlatform;
}

export function stepStatus(state: ProgressState, platform: string, step: string): StepStatus {
  return platformProgress(state, platform).steps[step]?.status ?? 'todo';
}

/*
 * The changes below keep whatever else `state` holds: the browser's record
 * (lib/browser-data/record.ts) is a ProgressState with countdowns and more.
 */

export function withStepStatus<State extends ProgressState>(
  state: State,
  change: { platform: string; step: string; status: StepStatus; at: Date },
): State {
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

export function withFlow<State extends ProgressState>(state: State, change: { platform: string; flow: FlowId; at: Date }): State {
  const current = platformProgress(state, change.platform);
  return {
    ...state,
    platforms: {
      ...state.platforms,
      [change.platform]: { ...current, flow: change.flow, flowUpdatedAt: change.at.toISOString() },
    },
  };
}

export function withBookmark<State extends ProgressState>(
  state: State,
  change: { platform: string; bookmarked: boolean; at: Date },
): State {
  const others = Object.fromEntries(Object.entries(state.bookmarks).filter(([platform]) => platform !== change.platform));
  const bookmarks = change.bookmarked
    ? { ...others, [change.platform]: state.bookmarks[change.platform] ?? { createdAt: change.at.toISOString() } }
    : others;
  return { ...state, bookmarks };
}

export function isBookmarked(state: ProgressState, platform: string): boolean {
  return Object.hasOwn(state.bookmarks, platform);
}

export function withDevice<State extends ProgressState>(state: State, device: Device): State {
  return { ...state, device };
}

/** True when the person has marked anything on this platform (used for "continue where you left off"). */
export function hasStarted(state: ProgressState, platform: string): boolean {
  return Object.values(platformProgress(state, platform).steps).some((record) => record.status !== 'todo');
}
