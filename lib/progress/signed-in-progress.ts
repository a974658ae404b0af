import { QueryObserver } from '@tanstack/react-query';
import type { MergeChoice } from '@/lib/browser-data/record';
import { mergeChoiceFor, withMergeChoice } from '@/lib/browser-data/merge-choice';
import type { BrowserDataStore } from '@/lib/browser-data/store';
import { queryKeys } from '@/lib/client-api/keys';
import { progressApi, progressQuery } from '@/lib/client-api/progress';
import { getQueryClient } from '@/lib/client-api/query-client';
import { forgetSignInOrigin, readSignInOrigin } from '@/lib/session/sign-in-origin';
import { decideMerge, hasAnonymousData, summarize, toProgressData, type MergeSummary } from './merge-decision';
import { createServerProgressStore } from './server-store';
import type { ProgressStore } from './store';

/*
 * Loaded only once someone is signed in (progress-context.tsx imports it on
 * demand), so anonymous visitors never download TanStack Query.
 */

type Options = {
  email: string;
  /** This browser's record: what it kept anonymously, and the answer to the merge question. */
  data: BrowserDataStore;
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
export function connectSignedInProgress({ email, data, onUnauthorized, onMergeOffer }: Options): SignedInConnection {
  const queryClient = getQueryClient();
  const observer = new QueryObserver(queryClient, progressQuery(email));
  const stopObserving = observer.subscribe(() => {});
  let connected = true;
  const signInOrigin = readSignInOrigin();
  const saveMergeChoice = (choice: MergeChoice) => data.update((record) => withMergeChoice(record, email, choice));

  async function merge() {
    const anonymous = data.getSnapshot().state;
    if (!hasAnonymousData(anonymous)) return;
    const merged = await progressApi.merge(toProgressData(anonymous));
    if (!connected) return;
    // A read started before the merge would land after it with stale data: drop it, then refetch.
    await queryClient.cancelQueries({ queryKey: queryKeys.progress(email) });
    queryClient.setQueryData(queryKeys.progress(email), merged);
    // Merged into the account, so forgotten here; the device and the rest of the record stay.
    data.update((state) => ({ ...state, platforms: {}, bookmarks: {} }));
    void queryClient.invalidateQueries({ queryKey: queryKeys.progress(email) });
  }

  const anonymous = data.getSnapshot().state;
  if (!hasAnonymousData(anonymous)) {
    // The person's own sign-in, with nothing to add: marks that land in this browser while a
    // later page loads the signed-in store are theirs, and go to the account without a question.
    if (signInOrigin === 'here') saveMergeChoice('accepted');
    forgetSignInOrigin();
  } else {
    queryClient
      .fetchQuery(progressQuery(email))
      .then(async (account) => {
        if (!connected) return;
        const decision = decideMerge({ local: anonymous, account, signInOrigin, remembered: mergeChoiceFor(data.getSnapshot().state, email) });
        if (decision === 'ask') {
          // The note stays until the person answers, on this page or the next.
          onMergeOffer(summarize(anonymous));
          return;
        }
        if (decision === 'merge') saveMergeChoice('accepted');
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
    store: createServerProgressStore({ queryClient, email, data, onUnauthorized }),
    async acceptMerge() {
      saveMergeChoice('accepted');
      forgetSignInOrigin();
      await merge();
    },
    declineMerge() {
      saveMergeChoice('declined');
      forgetSignInOrigin();
    },
    disconnect() {
      connected = false;
      stopObserving();
    },
  };
}
