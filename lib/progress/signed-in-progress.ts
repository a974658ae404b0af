import { QueryObserver } from '@tanstack/react-query';
import { progressApi, progressKey, progressQuery } from '@/lib/queries/progress';
import { getQueryClient } from '@/lib/queries/query-client';
import type { LocalProgressStore } from './local-store';
import { createServerProgressStore } from './server-store';
import { hasAnonymousData, toProgressData } from './state';
import type { ProgressStore } from './store';

/*
 * Loaded only once someone is signed in (progress-context.tsx imports it on
 * demand), so anonymous visitors never download TanStack Query.
 */

type Options = {
  email: string;
  local: LocalProgressStore;
  /** Called when the server says the session is gone. */
  onUnauthorized: () => void;
};

/**
 * Connects the signed-in person's progress: keeps their progress query
 * observed (fetched now, refetched on focus), merges what this browser kept
 * anonymously into the account (the later change wins per step), and
 * returns the store the pages use.
 */
export function connectSignedInProgress({ email, local, onUnauthorized }: Options): {
  store: ProgressStore;
  disconnect: () => void;
} {
  const queryClient = getQueryClient();
  const observer = new QueryObserver(queryClient, progressQuery(email));
  const stopObserving = observer.subscribe(() => {});
  let connected = true;

  const anonymous = local.getSnapshot().state;
  if (hasAnonymousData(anonymous)) {
    progressApi
      .merge(toProgressData(anonymous))
      .then(async (merged) => {
        if (!connected) return;
        // A read started before the merge would land after it with stale data: drop it, then refetch.
        await queryClient.cancelQueries({ queryKey: progressKey(email) });
        queryClient.setQueryData(progressKey(email), merged);
        local.clear({ keepDevice: true });
        void queryClient.invalidateQueries({ queryKey: progressKey(email) });
      })
      .catch((error: unknown) => {
        // Kept locally: the next page load tries again, nothing is lost.
        console.error('Merging this browser’s progress into the account failed', error);
      });
  }

  return {
    store: createServerProgressStore({ queryClient, email, local, onUnauthorized }),
    disconnect() {
      connected = false;
      stopObserving();
    },
  };
}
