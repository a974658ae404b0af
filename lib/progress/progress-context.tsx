'use client';

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createLocalProgressStore } from './local-store';
import { emptyProgress } from './state';
import type { ProgressSnapshot, ProgressStore } from './store';

const serverSnapshot: ProgressSnapshot = { state: emptyProgress };

/** Rendering on the server knows nothing of a person's progress: the static page shows a fresh checklist. */
const serverStore: ProgressStore = {
  getSnapshot: () => serverSnapshot,
  subscribe: () => () => {},
  setStepStatus: () => {},
  setFlow: () => {},
  setDevice: () => {},
  dismissNotice: () => {},
};

const ProgressStoreContext = createContext<ProgressStore>(serverStore);

function browserStorage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws when the browser blocks site data.
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function ProgressProvider({ children }: { children: ReactNode }) {
  const [store] = useState<ProgressStore>(() =>
    typeof window === 'undefined' ? serverStore : createLocalProgressStore({ storage: browserStorage(), events: window }),
  );
  return <ProgressStoreContext value={store}>{children}</ProgressStoreContext>;
}

export function useProgressStore(): ProgressStore {
  return useContext(ProgressStoreContext);
}

/** The current progress; the server's empty snapshot during hydration, then the browser's. */
export function useProgress(): ProgressSnapshot {
  const store = useProgressStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot);
}
