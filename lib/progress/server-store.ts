import { hashKey, MutationObserver, type QueryClient } from '@tanstack/react-query';
import type { Device, FlowId } from '@/lib/content/constants';
import { ApiError } from '@/lib/client-api/fetch-json';
import { queryKeys } from '@/lib/client-api/keys';
import { progressApi } from '@/lib/client-api/progress';
import type { BrowserDataSnapshot, BrowserDataStore } from '@/lib/browser-data/store';
import {
  withBookmark,
  withDevice,
  withFlow,
  withStepStatus,
  type ProgressData,
  type ProgressState,
  type StepStatus,
} from './state';
import type { ProgressSnapshot, ProgressStore } from './store';

const emptyData: ProgressData = { platforms: {}, bookmarks: {} };

type Options = {
  queryClient: QueryClient;
  email: string;
  /** This browser's record still keeps the device preference, and the notices. */
  data: BrowserDataStore;
  /** Signed out elsewhere, or the account was deleted: the session is asked again. */
  onUnauthorized?: () => void;
  now?: () => Date;
};

/**
 * The signed-in person's progress, kept on the server through TanStack Query:
 * every change shows at once (optimistic), is rolled back with a notice when
 * the server refuses it, and the cache is refetched when the tab regains focus.
 */
export function createServerProgressStore({ queryClient, email, data: browser, onUnauthorized, now = () => new Date() }: Options): ProgressStore {
  const key = queryKeys.progress(email);
  const keyHash = hashKey(key);
  let cached: { data: ProgressData | undefined; browserSnapshot: BrowserDataSnapshot; snapshot: ProgressSnapshot } | undefined;

  function currentState(): ProgressState {
    const data = queryClient.getQueryData<ProgressData>(key) ?? emptyData;
    const device = browser.getSnapshot().state.device;
    return { ...data, ...(device ? { device } : {}) };
  }

  function getSnapshot(): ProgressSnapshot {
    const data = queryClient.getQueryData<ProgressData>(key);
    const browserSnapshot = browser.getSnapshot();
    if (cached && cached.data === data && cached.browserSnapshot === browserSnapshot) return cached.snapshot;
    const { notice } = browserSnapshot;
    const snapshot: ProgressSnapshot = notice ? { state: currentState(), notice } : { state: currentState() };
    cached = { data, browserSnapshot, snapshot };
    return snapshot;
  }

  /** Applies `change` at once, sends `request`, and puts things back if the server says no. */
  function save(change: (state: ProgressState) => ProgressState, request: () => Promise<ProgressData>) {
    const observer = new MutationObserver<ProgressData, Error, void, { previous: ProgressData | undefined }>(queryClient, {
      mutationFn: request,
      onMutate: async () => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData<ProgressData>(key);
        const next = change(currentState());
        queryClient.setQueryData<ProgressData>(key, { platforms: next.platforms, bookmarks: next.bookmarks });
        return { previous };
      },
      onError: (error, _variables, context) => {
        queryClient.setQueryData(key, context?.previous);
        browser.showNotice(`Your last change could not be saved, so it was undone. ${error.message}`);
        // Signed out elsewhere (or the account was deleted): back to this browser's own store.
        if (error instanceof ApiError && error.status === 401) onUnauthorized?.();
      },
      onSuccess: (data) => {
        queryClient.setQueryData(key, data);
      },
    });
    void observer.mutate().catch(() => {
      // Already handled in onError: the change is rolled back and a notice shown.
    });
  }

  return {
    getSnapshot,
    subscribe(listener) {
      const unsubscribeQuery = queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === keyHash) listener();
      });
      const unsubscribeBrowser = browser.subscribe(listener);
      return () => {
        unsubscribeQuery();
        unsubscribeBrowser();
      };
    },
    setStepStatus(platform: string, step: string, status: StepStatus) {
      const at = now();
      save(
        (state) => withStepStatus(state, { platform, step, status, at }),
        () => progressApi.saveStep({ platform, step, status, updatedAt: at.toISOString() }),
      );
    },
    setFlow(platform: string, flow: FlowId) {
      const at = now();
      save(
        (state) => withFlow(state, { platform, flow, at }),
        () => progressApi.saveFlow({ platform, flow, updatedAt: at.toISOString() }),
      );
    },
    setBookmark(platform: string, bookmarked: boolean) {
      save(
        (state) => withBookmark(state, { platform, bookmarked, at: now() }),
        () => progressApi.bookmark(platform, bookmarked),
      );
    },
    setDevice(device: Device) {
      browser.update((state) => withDevice(state, device));
    },
    dismissNotice() {
      browser.dismissNotice();
    },
  };
}
