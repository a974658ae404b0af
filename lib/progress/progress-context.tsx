'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hasSessionHint } from '@/lib/auth/session-hint';
import { browserData, staticBrowserData } from '@/lib/browser-data/browser';
import { refreshSession, useSignedInEmail } from '@/lib/session/session';
import { createLocalProgressStore } from './local-store';
import type { MergeSummary } from './merge-decision';
import type { SignedInConnection } from './signed-in-progress';
import type { ProgressSnapshot, ProgressStore } from './store';

/** Rendering on the server knows nothing of a person's progress: the static page shows a fresh checklist. */
const staticStore = createLocalProgressStore({ data: staticBrowserData });

const ProgressStoreContext = createContext<ProgressStore>(staticStore);

/** The open question "add this browser's progress to the account?", while it is open. */
export type MergeOffer = {
  email: string;
  summary: MergeSummary;
  accept: () => Promise<void>;
  decline: () => void;
};
const MergeOfferContext = createContext<MergeOffer | null>(null);

// With the session hint, the signed-in side is fetched while the page's scripts run, alongside the session itself
// (lib/session/session.tsx), rather than only once /api/me has answered. A failure shows where it is needed, below.
if (typeof window !== 'undefined' && hasSessionHint(document.cookie)) import('./signed-in-progress').catch(() => {});

let browserStore: ProgressStore | undefined;

/** One per page load, over the page's one record (lib/browser-data/browser.ts says why once). */
function browserProgressStore(): ProgressStore {
  if (typeof window === 'undefined') return staticStore;
  browserStore ??= createLocalProgressStore({ data: browserData() });
  return browserStore;
}

/**
 * Chooses where progress lives: the browser for anonymous people, the server
 * once signed in (who is signed in comes from lib/session/). The server side
 * (TanStack Query, the merge) is loaded only then; until it is, changes land
 * in the browser's store and are merged in with the rest of what it kept
 * (the later change wins per step).
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [local] = useState(browserProgressStore);
  const email = useSignedInEmail();
  const [connection, setConnection] = useState<{ email: string; store: ProgressStore } | null>(null);
  const [offer, setOffer] = useState<MergeOffer | null>(null);

  useEffect(() => {
    if (!email) return;
    let cancelled = false;
    let disconnect: (() => void) | undefined;
    import('./signed-in-progress')
      .then(({ connectSignedInProgress }) => {
        if (cancelled) return;
        const connected: SignedInConnection = connectSignedInProgress({
          email,
          data: browserData(),
          onUnauthorized: refreshSession,
          onMergeOffer: (summary) =>
            setOffer({
              email,
              summary,
              accept: async () => {
                await connected.acceptMerge();
                setOffer(null);
              },
              decline: () => {
                connected.declineMerge();
                setOffer(null);
              },
            }),
        });
        disconnect = connected.disconnect;
        setConnection({ email, store: connected.store });
      })
      .catch((error: unknown) => {
        // Progress stays in this browser (and is merged on a later load): nothing is lost.
        console.error('Could not load the signed-in progress store', error);
      });
    return () => {
      cancelled = true;
      disconnect?.();
      setOffer(null);
    };
  }, [email, local]);

  const store = email && connection?.email === email ? connection.store : local;

  return (
    <ProgressStoreContext value={store}>
      <MergeOfferContext value={offer?.email === email ? offer : null}>{children}</MergeOfferContext>
    </ProgressStoreContext>
  );
}

export function useProgressStore(): ProgressStore {
  return useContext(ProgressStoreContext);
}

/** The question to ask about this browser's progress at sign-in, or null. */
export function useMergeOffer(): MergeOffer | null {
  return useContext(MergeOfferContext);
}

/** The current progress; the server's empty snapshot during hydration, then the real one. */
export function useProgress(): ProgressSnapshot {
  const store = useProgressStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, staticStore.getSnapshot);
}
