import { QueryObserver } from '@tanstack/react-query';
import { progressApi, progressKey, progressQuery } from '@/lib/queries/progress';
import { getQueryClient } from '@/lib/queries/query-client';
import type { LocalProgressStore } from './local-store';
import { forgetSignInOrigin, readMergeChoice, readSignInOrigin, saveMergeChoice } from './merge-choice';
import { decideMerge, summarize, type MergeSummary } from './merge-decision';
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
  /** Where the merge choice is remembered (the browser's localStorage). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  /** Called when the server says the session is gone. */
  onUnauthorized: () => void;
  /** Called when this browser's progress should be offered to the account rather than merged. */
  onMergeOffer: (summary: MergeSummary) => void;
};

export type SignedInConnection = {
  store: ProgressStore;
  /** "Add to my account": merges what this browser kept, and remembers the answer for this account. */
  acceptMerge: () => Promise<void>;
  /** "Keep in this browser": leaves it here, and remembers the answer for this account. */
  declineMerge: () => void;
  disconnect: () => void;
};

/**
 * Connects the signed-in person's progress: keeps their progress query
 * observed (fetched now, refetched on focus), and decides what happens to
 * what this browser kept anonymously (lib/progress/merge-decision.ts): merged
 * (the later change wins per step), offered, or left alone.
 */
export function connectSignedInProgress({ email, local, storage, onUnauthorized, onMergeOffer }: Options): SignedInConnection {
  const queryClient = getQueryClient();
  const observer = new QueryObserver(queryClient, progressQuery(email));
  const stopObserving = observer.subscribe(() => {});
  let connected = true;
  const signInOrigin = readSignInOrigin();

  async function merge() {
    const anonymous = local.getSnapshot().state;
    if (!hasAnonymousData(anonymous)) return;
    const merged = await progressApi.merge(toProgressData(anonymous));
    if (!connected) return;
    // A read started before the merge would land after it with stale data: drop it, then refetch.
    await queryClient.cancelQueries({ queryKey: progressKey(email) });
    queryClient.setQueryData(progressKey(email), merged);
    local.clear({ keepDevice: true });
    void queryClient.invalidateQueries({ queryKey: progressKey(email) });
  }

  const anonymous = local.getSnapshot().state;
  if (!hasAnonymousData(anonymous)) {
    // The person's own sign-in, with nothing to add: marks that land in this browser while a
    // later page loads the signed-in store are theirs, and go to the account without a question.
    if (signInOrigin === 'here') saveMergeChoice(storage, email, 'accepted');
    forgetSignInOrigin();
  } else {
    queryClient
      .fetchQuery(progressQuery(email))
      .then(async (account) => {
        if (!connected) return;
        const decision = decideMerge({ local: anonymous, account, signInOrigin, remembered: readMergeChoice(storage, email) });
        if (decision === 'ask') {
          // The note stays until the person answers, on this page or the next.
          onMergeOffer(summarize(anonymous));
          return;
        }
        if (decision === 'merge') saveMergeChoice(storage, email, 'accepted');
        // Dropped before merging: a page left mid-merge merges again on the next, by the answer
        // saved above, instead of asking about what is already in the account.
        forgetSignInOrigin();
        if (decision === 'merge') await merge();
      })
      .catch((error: unknown) => {
        // Kept locally: the next page load decides again, nothing is lost.
        console.error('Merging this browser’s progress into the account failed', error);
      });
  }

  return {
    store: createServerProgressStore({ queryClient, email, local, onUnauthorized }),
    async acceptMerge() {
      saveMergeChoice(storage, email, 'accepted');
      forgetSignInOrigin();
      await merge();
    },
    declineMerge() {
      saveMergeChoice(storage, email, 'declined');
      forgetSignInOrigin();
    },
    disconnect() {
      connected = false;
      stopObserving();
    },
  };
}
