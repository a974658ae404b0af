import type { FlowId } from '@/lib/content/constants';

/*
 * What progress is, wherever it is kept: shared by the browser, the route
 * handlers, the validation schemas and the database queries. Kept free of any
 * import that would pull server code into the browser or the other way round
 * (docs/architecture.md, "Browser data").
 */

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

export type BookmarkRecord = { createdAt: string };

/** What the server keeps of a person and sends back: progress and bookmarks, no device preference. */
export type ProgressData = {
  platforms: Record<string, PlatformProgress>;
  bookmarks: Record<string, BookmarkRecord>;
};
