import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False in the server-rendered HTML (and before scripts run), true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
