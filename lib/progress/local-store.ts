import type { Device, FlowId } from '@/lib/content/constants';
import {
  emptyProgress,
  PROGRESS_VERSION,
  readProgressState,
  withDevice,
  withFlow,
  withBookmark,
  withStepStatus,
  type ProgressState,
  type StepStatus,
} from './state';
import type { ProgressSnapshot, ProgressStore } from './store';

/** Bump the suffix with the state's `version`; older keys are read only to say they were reset. */
export const PROGRESS_STORAGE_KEY = 'unlisted.progress.v1';
const OLDER_STORAGE_KEYS = ['unlisted.progress'];

export const NOTICES = {
  corrupted: 'The progress saved in this browser could not be read, so it was reset. Sorry: please mark your steps again.',
  outdated: 'The progress saved in this browser came from an older version of Unlisted and was reset. Please mark your steps again.',
  unavailable: 'This browser does not let Unlisted save progress (storage is blocked or full). Your marks last until you close this tab.',
} as const;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type EventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

type Options = {
  /** `undefined` when the browser refuses access to storage altogether. */
  storage: StorageLike | undefined;
  /** Where `storage` events from other tabs arrive (the window). */
  events?: EventSource;
  now?: () => Date;
};

type ReadResult = { state: ProgressState; notice?: string };

/** Reads the saved state; anything unreadable resets to empty with a notice, never a throw. */
export function readSavedProgress(storage: StorageLike): ReadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return { state: emptyProgress, notice: NOTICES.unavailable };
  }
  if (raw === null) {
    const hadOlder = OLDER_STORAGE_KEYS.some((key) => safeGet(storage, key) !== null);
    return hadOlder ? { state: emptyProgress, notice: NOTICES.outdated } : { state: emptyProgress };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: emptyProgress, notice: NOTICES.corrupted };
  }
  const state = readProgressState(parsed);
  if (state) return { state };
  const version = typeof parsed === 'object' && parsed !== null ? (parsed as { version?: unknown }).version : undefined;
  const isOlder = typeof version === 'number' && version < PROGRESS_VERSION;
  return { state: emptyProgress, notice: isOlder ? NOTICES.outdated : NOTICES.corrupted };
}

export type LocalProgressStore = ProgressStore & {
  /** Forgets progress and bookmarks: after a merge into an account (keeping the device), or on request. */
  clear(options: { keepDevice: boolean }): void;
  /** Shows a notice; kept here so it survives a switch between stores (say, on being signed out). */
  showNotice(message: string): void;
};

export function createLocalProgressStore({ storage, events, now = () => new Date() }: Options): LocalProgressStore {
  const listeners = new Set<() => void>();
  let snapshot: ProgressSnapshot = initialSnapshot();

  function initialSnapshot(): ProgressSnapshot {
    if (!storage) return { state: emptyProgress, notice: NOTICES.unavailable };
    const { state, notice } = readSavedProgress(storage);
    if (notice && notice !== NOTICES.unavailable) clearUnreadable(storage);
    return notice ? { state, notice } : { state };
  }

  function emit() {
    for (const listener of listeners) listener();
  }

  function commit(next: ProgressState) {
    let notice = snapshot.notice;
    if (storage) {
      try {
        storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(next));
      } catch {
        notice = NOTICES.unavailable;
      }
    }
    snapshot = notice ? { state: next, notice } : { state: next };
    emit();
  }

  function onStorage(event: StorageEvent) {
    // `key` is null when another tab cleared all storage.
    if (!storage || (event.key !== null && event.key !== PROGRESS_STORAGE_KEY)) return;
    const { state, notice } = readSavedProgress(storage);
    const kept = notice ?? snapshot.notice;
    snapshot = kept ? { state, notice: kept } : { state };
    emit();
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
    setStepStatus(platform: string, step: string, status: StepStatus) {
      commit(withStepStatus(snapshot.state, { platform, step, status, at: now() }));
    },
    setFlow(platform: string, flow: FlowId) {
      commit(withFlow(snapshot.state, { platform, flow, at: now() }));
    },
    setBookmark(platform: string, bookmarked: boolean) {
      commit(withBookmark(snapshot.state, { platform, bookmarked, at: now() }));
    },
    showNotice(message: string) {
      snapshot = { state: snapshot.state, notice: message };
      emit();
    },
    clear({ keepDevice }) {
      const device = keepDevice ? snapshot.state.device : undefined;
      commit(device ? { ...emptyProgress, device } : emptyProgress);
    },
    setDevice(device: Device) {
      commit(withDevice(snapshot.state, device));
    },
    dismissNotice() {
      if (!snapshot.notice) return;
      snapshot = { state: snapshot.state };
      emit();
    },
  };
}

function safeGet(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function clearUnreadable(storage: StorageLike) {
  try {
    storage.removeItem(PROGRESS_STORAGE_KEY);
    for (const key of OLDER_STORAGE_KEYS) storage.removeItem(key);
  } catch {
    // Storage that cannot be cleared is overwritten on the next save instead.
  }
}
