import { SLUG_PATTERN } from '@/lib/content/constants';
import { isIsoDate, isIsoDateTime, isPlainObject, readRecord } from '@/lib/validation/plain-checks';

/**
 * Countdowns of people without an account, kept in this browser under a
 * versioned key. An unreadable value is dropped (the calendar file the person
 * downloaded still holds the date).
 */
export const COUNTDOWNS_STORAGE_KEY = 'unlisted.countdowns.v1';

export type LocalCountdown = { requestedOn: string; startedAt: string };
export type LocalCountdowns = { version: 1; countdowns: Record<string, LocalCountdown> };

function readCountdown(value: unknown): LocalCountdown | undefined {
  if (!isPlainObject(value) || !isIsoDate(value.requestedOn) || !isIsoDateTime(value.startedAt)) return undefined;
  return { requestedOn: value.requestedOn, startedAt: value.startedAt };
}

/** What this browser saved, if it has the current shape; unknown fields are dropped. */
export function readLocalCountdowns(value: unknown): LocalCountdowns | undefined {
  if (!isPlainObject(value) || value.version !== 1) return undefined;
  const countdowns = readRecord(value.countdowns, SLUG_PATTERN, readCountdown);
  return countdowns ? { version: 1, countdowns } : undefined;
}

const empty: LocalCountdowns = Object.freeze({ version: 1, countdowns: {} }) as LocalCountdowns;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LocalCountdownStore = {
  getSnapshot(): LocalCountdowns;
  subscribe(listener: () => void): () => void;
  start(platform: string, requestedOn: string): void;
  cancel(platform: string): void;
  clear(): void;
};

export function createLocalCountdownStore(storage: StorageLike | undefined, events?: Pick<Window, 'addEventListener' | 'removeEventListener'>): LocalCountdownStore {
  const listeners = new Set<() => void>();
  let snapshot = read();

  function read(): LocalCountdowns {
    try {
      const raw = storage?.getItem(COUNTDOWNS_STORAGE_KEY);
      if (!raw) return empty;
      return readLocalCountdowns(JSON.parse(raw)) ?? empty;
    } catch {
      return empty;
    }
  }

  function commit(next: LocalCountdowns) {
    snapshot = next;
    try {
      if (Object.keys(next.countdowns).length === 0) storage?.removeItem(COUNTDOWNS_STORAGE_KEY);
      else storage?.setItem(COUNTDOWNS_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the countdown lasts for this tab only.
    }
    listeners.forEach((listener) => listener());
  }

  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== COUNTDOWNS_STORAGE_KEY) return;
    snapshot = read();
    listeners.forEach((listener) => listener());
  };

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
    start(platform, requestedOn) {
      commit({ version: 1, countdowns: { ...snapshot.countdowns, [platform]: { requestedOn, startedAt: new Date().toISOString() } } });
    },
    cancel(platform) {
      commit({
        version: 1,
        countdowns: Object.fromEntries(Object.entries(snapshot.countdowns).filter(([slug]) => slug !== platform)),
      });
    },
    clear() {
      commit(empty);
    },
  };
}
