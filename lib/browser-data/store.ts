import { ALL_KEYS, BROWSER_DATA_KEY } from './keys';
import { UNAVAILABLE_NOTICE } from './notices';
import { loadCurrent, readCurrent, removeKeys, type Loaded, type StorageLike } from './read';
import { emptyBrowserData, hasBrowserData, type BrowserData } from './record';

/**
 * What the pages show; `notice` explains a reset or a save that could not
 * happen. The record is a ProgressState too (lib/progress/state.ts), so this
 * is the browser's progress snapshot as it is.
 */
export type BrowserDataSnapshot = { state: BrowserData; notice?: string };

export type BrowserDataStore = {
  /** Immutable, and the same object until something changes (as useSyncExternalStore requires). */
  getSnapshot(): BrowserDataSnapshot;
  subscribe(listener: () => void): () => void;
  /** Applies `change` and saves the whole record; a change that returns the same record does nothing. */
  update(change: (state: BrowserData) => BrowserData): void;
  /** "Delete my data": forgets everything, and removes every key Unlisted ever wrote here. */
  deleteAll(): void;
  /** Shows a notice without saving it, so it survives a switch between progress stores (say, on being signed out). */
  showNotice(message: string): void;
  dismissNotice(): void;
};

type Options = {
  /** `undefined` when the browser refuses access to storage altogether. */
  storage: StorageLike | undefined;
  /** Where `storage` events from other tabs arrive (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Loads migrate.ts, which only a browser holding an earlier version's keys needs. */
  loadMigration?: () => Promise<{ carryOver(storage: StorageLike): Loaded }>;
};

const withNotice = (state: BrowserData, notice: string | undefined): BrowserDataSnapshot => (notice ? { state, notice } : { state });

/**
 * The one owner of what this browser keeps for a person. Reads once when
 * created, saves on every change, follows other tabs through `storage`
 * events, and keeps working in memory when storage is blocked or full. What
 * an earlier version saved under its own keys is carried into the record by
 * migrate.ts, loaded only then; changes made meanwhile are saved at once and
 * win over what it carries.
 */
export function createBrowserDataStore({ storage, events, loadMigration = () => import('./migrate') }: Options): BrowserDataStore {
  const listeners = new Set<() => void>();
  const loaded = storage ? loadCurrent(storage) : { state: emptyBrowserData, notice: UNAVAILABLE_NOTICE };
  let snapshot = withNotice(loaded.state, loaded.notice);

  if (storage && 'migrate' in loaded && loaded.migrate) {
    loadMigration().then(
      ({ carryOver }) => {
        const carried = carryOver(storage);
        snapshot = withNotice(carried.state, carried.notice ?? snapshot.notice);
        emit();
      },
      (error: unknown) => {
        // The old keys stay for the next page to carry over.
        console.error('Could not load what an earlier version saved', error);
      },
    );
  }

  function emit() {
    for (const listener of listeners) listener();
  }

  function onStorage(event: StorageEvent) {
    // `key` is null when another tab cleared all storage.
    if (!storage || (event.key !== null && event.key !== BROWSER_DATA_KEY)) return;
    try {
      const read = readCurrent(storage);
      snapshot = withNotice(read?.state ?? emptyBrowserData, read?.notice ?? snapshot.notice);
      emit();
    } catch {
      // Unreadable storage: this tab keeps what it shows.
    }
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
    update(change) {
      const next = change(snapshot.state);
      if (next === snapshot.state) return;
      let notice = snapshot.notice;
      try {
        // An empty record is not kept: a browser that holds nothing shows nothing in its storage.
        if (hasBrowserData(next)) storage?.setItem(BROWSER_DATA_KEY, JSON.stringify(next));
        else storage?.removeItem(BROWSER_DATA_KEY);
      } catch {
        notice = UNAVAILABLE_NOTICE;
      }
      snapshot = withNotice(next, notice);
      emit();
    },
    deleteAll() {
      if (storage) removeKeys(storage, ALL_KEYS);
      snapshot = withNotice(emptyBrowserData, snapshot.notice);
      emit();
    },
    showNotice(message) {
      snapshot = { state: snapshot.state, notice: message };
      emit();
    },
    dismissNotice() {
      if (!snapshot.notice) return;
      snapshot = { state: snapshot.state };
      emit();
    },
  };
}
