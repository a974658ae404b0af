'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { progressApi, progressKey, progressQuery } from '@/lib/queries/progress';
import { sessionQuery } from '@/lib/queries/session';
import { createLocalProgressStore, type LocalProgressStore } from './local-store';
import { createServerProgressStore } from './server-store';
import { emptyProgress, hasAnonymousData, toProgressData } from './state';
import type { ProgressSnapshot, ProgressStore } from './store';

const serverSnapshot: ProgressSnapshot = { state: emptyProgress };

/** Rendering on the server knows nothing of a person's progress: the static page shows a fresh checklist. */
const staticStore: LocalProgressStore = {
  getSnapshot: () => serverSnapshot,
  subscribe: () => () => {},
  setStepStatus: () => {},
  setFlow: () => {},
  setBookmark: () => {},
  setDevice: () => {},
  dismissNotice: () => {},
  clear: () => {},
  showNotice: () => {},
};

const ProgressStoreContext = createContext<ProgressStore>(staticStore);
const SignedInContext = createContext<string | null>(null);
const LocalStoreContext = createContext<LocalProgressStore>(staticStore);

function browserStorage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws when the browser blocks site data.
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let browserStore: LocalProgressStore | undefined;

/**
 * One store per page load. Creating it reads (and may reset) storage, so it
 * must happen once: React can run a state initializer again when it discards
 * a render during hydration, and a second store would lose the reset notice.
 */
function browserProgressStore(): LocalProgressStore {
  if (typeof window === 'undefined') return staticStore;
  browserStore ??= createLocalProgressStore({ storage: browserStorage(), events: window });
  return browserStore;
}

/**
 * Chooses where progress lives: the browser for anonymous people, the server
 * once signed in. At sign-in, what the browser kept is merged into the
 * account (the later change wins per step) and then forgotten locally.
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [local] = useState<LocalProgressStore>(browserProgressStore);
  const session = useQuery(sessionQuery);
  const email = session.data?.user?.email ?? null;

  // Keeps the person's progress query observed: fetched, and refetched on focus.
  useQuery({ ...progressQuery(email ?? ''), enabled: email !== null });

  const store = useMemo<ProgressStore>(
    () => (email ? createServerProgressStore({ queryClient, email, local }) : local),
    [email, local, queryClient],
  );

  useEffect(() => {
    if (!email) return;
    const anonymous = local.getSnapshot().state;
    if (!hasAnonymousData(anonymous)) return;
    let cancelled = false;
    progressApi
      .merge(toProgressData(anonymous))
      .then(async (merged) => {
        if (cancelled) return;
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
    return () => {
      cancelled = true;
    };
  }, [email, local, queryClient]);

  return (
    <SignedInContext value={email}>
      <LocalStoreContext value={local}>
        <ProgressStoreContext value={store}>{children}</ProgressStoreContext>
      </LocalStoreContext>
    </SignedInContext>
  );
}

export function useProgressStore(): ProgressStore {
  return useContext(ProgressStoreContext);
}

/** This browser's own store, whoever is signed in. */
export function useLocalProgressStore(): LocalProgressStore {
  return useContext(LocalStoreContext);
}

/** The signed-in person's email, or null (also while unknown). */
export function useSignedInEmail(): string | null {
  return useContext(SignedInContext);
}

/** The current progress; the server's empty snapshot during hydration, then the real one. */
export function useProgress(): ProgressSnapshot {
  const store = useProgressStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot);
}
