import { BROWSER_DATA_KEY, LEGACY_KEYS } from './keys';
import { CORRUPTED_NOTICE, UNAVAILABLE_NOTICE } from './notices';
import { emptyBrowserData, readBrowserData, type BrowserData } from './record';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the page starts from; `notice` says why something saved was dropped. */
export type Loaded = { state: BrowserData; notice?: string };

export type Parsed = { ok: true; value: unknown } | { ok: false };

export function parseJson(raw: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * What the record's key holds, with no migration: null when it holds nothing.
 * Anything else is unreadable (no other version was ever written under this
 * key: a new version gets a new key). Throws when the browser refuses to read
 * storage.
 */
export function readCurrent(storage: StorageLike): Loaded | null {
  const raw = storage.getItem(BROWSER_DATA_KEY);
  if (raw === null) return null;
  const parsed = parseJson(raw);
  const data = parsed.ok ? readBrowserData(parsed.value) : undefined;
  return data ? { state: data } : { state: emptyBrowserData, notice: CORRUPTED_NOTICE };
}

/** Removes what it can; storage that cannot be cleared is overwritten on the next save instead. */
export function removeKeys(storage: StorageLike, keys: readonly string[]): void {
  for (const key of keys) {
    try {
      storage.removeItem(key);
    } catch {
      // Left for the next save to overwrite.
    }
  }
}

/**
 * What the record's key holds when the page loads: an unreadable record is
 * reset (and removed) with a notice, never a throw. `migrate` says whether an
 * earlier version left keys of its own, for migrate.ts to carry over.
 */
export function loadCurrent(storage: StorageLike): Loaded & { migrate?: boolean } {
  try {
    const current = readCurrent(storage) ?? { state: emptyBrowserData };
    if (current.notice) removeKeys(storage, [BROWSER_DATA_KEY]);
    return { ...current, migrate: Object.values(LEGACY_KEYS).some((key) => storage.getItem(key) !== null) };
  } catch {
    return { state: emptyBrowserData, notice: UNAVAILABLE_NOTICE };
  }
}
