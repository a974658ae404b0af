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
  steps: z.record(slugSchema, stepRecordSchema),
});
export type PlatformProgress = z.infer<typeof platformProgressSchema>;

export const PROGRESS_VERSION = 1;

export const progressStateSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  platforms: z.record(slugSchema, platformProgressSchema),
  device: z.optional(z.enum(DEVICES)),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

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

export function withFlow(state: ProgressState, platform: string, flow: FlowId): ProgressState {
  const current = platformProgress(state, platform);
  return { ...state, platforms: { ...state.platforms, [platform]: { ...current, flow } } };
}

export function withDevice(state: ProgressState, device: Device): ProgressState {
  return { ...state, device };
}

/** True when the person has marked anything on this platform (used for "continue where you left off"). */
export function hasStarted(state: ProgressState, platform: string): boolean {
  return Object.values(platformProgress(state, platform).steps).some((record) => record.status !== 'todo');
}
