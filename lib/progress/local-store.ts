import type { Device, FlowId } from '@/lib/content/constants';
import type { BrowserDataStore } from '@/lib/browser-data/store';
import { withBookmark, withDevice, withFlow, withStepStatus, type StepStatus } from './state';
import type { ProgressStore } from './store';

/**
 * Progress as this browser keeps it: the record lib/browser-data/ owns (its
 * steps, paths, bookmarks and device), which is a ProgressState as it is.
 * Saving, other tabs and resets are the record's.
 */
export function createLocalProgressStore({ data, now = () => new Date() }: { data: BrowserDataStore; now?: () => Date }): ProgressStore {
  return {
    getSnapshot: data.getSnapshot,
    subscribe: data.subscribe,
    setStepStatus(platform: string, step: string, status: StepStatus) {
      data.update((state) => withStepStatus(state, { platform, step, status, at: now() }));
    },
    setFlow(platform: string, flow: FlowId) {
      data.update((state) => withFlow(state, { platform, flow, at: now() }));
    },
    setBookmark(platform: string, bookmarked: boolean) {
      data.update((state) => withBookmark(state, { platform, bookmarked, at: now() }));
    },
    setDevice(device: Device) {
      data.update((state) => withDevice(state, device));
    },
    dismissNotice: data.dismissNotice,
  };
}
