import { useSyncExternalStore } from 'react';
import { emptyBrowserData } from './record';
import { createBrowserDataStore, type BrowserDataSnapshot, type BrowserDataStore } from './store';

const serverSnapshot: BrowserDataSnapshot = { state: emptyBrowserData };

/** Rendering on the server knows nothing of what a browser keeps: static pages show a fresh start. */
export const staticBrowserData: BrowserDataStore = {
  getSnapshot: () => serverSnapshot,
  subscribe: () => () => {},
  update: () => {},
  deleteAll: () => {},
  showNotice: () => {},
  dismissNotice: () => {},
};

function browserStorage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws when the browser blocks site data.
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let store: BrowserDataStore | undefined;

/**
 * The page's one store. Creating it reads (and may reset) storage and starts
 * carrying over any old key, so it happens once per page load: React can run a
 * state initializer again when it discards a render during hydration, and a
 * second store would lose the reset notice.
 */
export function browserData(): BrowserDataStore {
  if (typeof window === 'undefined') return staticBrowserData;
  store ??= createBrowserDataStore({ storage: browserStorage(), events: window });
  return store;
}

/** The record and its notice; the server's empty snapshot during hydration, then the real one. */
export function useBrowserData(): BrowserDataSnapshot {
  const current = browserData();
  return useSyncExternalStore(current.subscribe, current.getSnapshot, () => serverSnapshot);
}
