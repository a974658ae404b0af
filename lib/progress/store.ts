import type { Device, FlowId } from '@/lib/content/constants';
import type { ProgressState, StepStatus } from './state';

/** What the interface shows; `notice` explains a reset or a save that could not happen. */
export type ProgressSnapshot = {
  state: ProgressState;
  notice?: string;
};

/**
 * The one seam between the wizard and wherever progress is kept. The browser
 * store (local-store.ts) implements it over this browser's record
 * (lib/browser-data/); a signed-in person's store (server-store.ts) over the
 * server. Snapshots are immutable and keep their
 * identity until something changes (as useSyncExternalStore requires).
 */
export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  setStepStatus(platform: string, step: string, status: StepStatus): void;
  setFlow(platform: string, flow: FlowId): void;
  setBookmark(platform: string, bookmarked: boolean): void;
  setDevice(device: Device): void;
  dismissNotice(): void;
}
