'use client';

import { usePathname } from 'next/navigation';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { forgetSessionHint, hasSessionHint } from '@/lib/auth/session-hint';
import { createSessionStore, type SessionSnapshot, type SessionStore } from '@/lib/queries/session';
import { createLocalProgressStore, type LocalProgressStore } from './local-store';
import type { MergeSummary } from './merge-decision';
import type { SignedInConnection } from './signed-in-progress';
import { emptyProgress } from './state';
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

/** The open question "add this browser's progress to the account?", while it is open. */
export type MergeOffer = {
  email: string;
  summary: MergeSummary;
  accept: () => Promise<void>;
  decline: () => void;
};
const MergeOfferContext = createContext<MergeOffer | null>(null);

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

let browserSession: SessionStore | undefined;

/** One per page load, like the progress store: every component asks the same one. */
function sessionStore(): SessionStore | undefined {
  if (typeof window === 'undefined') return undefined;
  browserSession ??= createSessionStore({
    events: window,
    maySignedIn: () => hasSessionHint(document.cookie),
    forgetHint: forgetSessionHint,
  });
  return browserSession;
}

const noSubscription = () => () => {};
const unknownSession = (): SessionSnapshot => undefined;

/** After a form signed the person out (or deleted their data), the page learns it without asking. */
export function recheckSession(): void {
  sessionStore()?.recheckHint();
}

function useSessionEmail(): string | null {
  const session = sessionStore();
  const pathname = usePathname();
  // Sign-out and sign-in move to another page; that is when the hint may have changed.
  useEffect(() => recheckSession(), [pathname]);
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? unknownSession, unknownSession);
  return snapshot?.email ?? null;
}

/**
 * Chooses where progress lives: the browser for anonymous people, the server
 * once signed in. The server side (TanStack Query, the merge) is loaded only
 * then; until it is, changes land in the browser's store and are merged in
 * with the rest of what it kept (the later change wins per step).
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [local] = useState<LocalProgressStore>(browserProgressStore);
  const email = useSessionEmail();
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
          local,
          storage: browserStorage(),
          onUnauthorized: () => void sessionStore()?.refresh(),
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
    <SignedInContext value={email}>
      <LocalStoreContext value={local}>
        <ProgressStoreContext value={store}>
          <MergeOfferContext value={offer?.email === email ? offer : null}>{children}</MergeOfferContext>
        </ProgressStoreContext>
      </LocalStoreContext>
    </SignedInContext>
  );
}

export function useProgressStore(): ProgressStore {
  return useContext(ProgressStoreContext);
}

/** The question to ask about this browser's progress at sign-in, or null. */
export function useMergeOffer(): MergeOffer | null {
  return useContext(MergeOfferContext);
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
