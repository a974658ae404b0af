import { describe, expect, it, vi } from 'vitest';
import { exportBrowserData, exportFileName } from './export';
import { CORRUPTED_NOTICE, UNAVAILABLE_NOTICE } from './notices';
import { BROWSER_DATA_KEY, LEGACY_KEYS } from './keys';
import { emptyBrowserData, type BrowserData } from './record';
import { withMergeChoice } from './merge-choice';
import { withCountdown } from './countdowns';
import { createBrowserDataStore } from './store';
import { MemoryStorage, otherTabEvents } from './test-support';

const AT = '2026-11-25T09:00:00.000Z';
const withDevice = (data: BrowserData): BrowserData => ({ ...data, device: 'web' });
const withStep = (data: BrowserData): BrowserData => ({
  ...data,
  platforms: { tiktok: { steps: { 'download-your-data': { status: 'done', updatedAt: AT } } } },
});
const withTikTokCountdown = (data: BrowserData) => withCountdown(data, 'tiktok', { requestedOn: '2026-11-25', startedAt: AT });

describe('the browser data store', () => {
  it('saves every change under the one key and reads it back after a reload', () => {
    const storage = new MemoryStorage();
    const store = createBrowserDataStore({ storage });
    store.update(withStep);
    store.update(withTikTokCountdown);
    store.update((data) => withMergeChoice(data, 'ana@example.test', 'declined'));
    expect([...storage.items.keys()]).toEqual([BROWSER_DATA_KEY]);
    const reloaded = createBrowserDataStore({ storage });
    expect(reloaded.getSnapshot()).toEqual({ state: store.getSnapshot().state });
  });

  it('keeps the snapshot identity until something changes, and notifies subscribers', () => {
    const store = createBrowserDataStore({ storage: new MemoryStorage() });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    store.update((data) => data);
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    store.update(withDevice);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.update(withStep);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps no key for an empty record', () => {
    const storage = new MemoryStorage();
    const store = createBrowserDataStore({ storage });
    store.update(withTikTokCountdown);
    store.update((data) => ({ ...data, countdowns: {} }));
    expect(storage.items.size).toBe(0);
  });

  it('follows what another tab saved, and another tab clearing everything', () => {
    const storage = new MemoryStorage();
    const { events, fire } = otherTabEvents();
    const store = createBrowserDataStore({ storage, events });
    const listener = vi.fn();
    store.subscribe(listener);

    const otherTab = createBrowserDataStore({ storage });
    otherTab.update(withTikTokCountdown);
    fire(BROWSER_DATA_KEY);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().state.countdowns.tiktok?.requestedOn).toBe('2026-11-25');

    fire('some-other-key');
    expect(listener).toHaveBeenCalledTimes(1);

    otherTab.deleteAll();
    fire(BROWSER_DATA_KEY);
    expect(store.getSnapshot().state).toEqual(emptyBrowserData);

    otherTab.update(withDevice);
    storage.items.clear();
    fire(null);
    expect(store.getSnapshot().state).toEqual(emptyBrowserData);
  });

  it('stops listening to other tabs when the last subscriber leaves', () => {
    const storage = new MemoryStorage();
    const { events, fire } = otherTabEvents();
    const store = createBrowserDataStore({ storage, events });
    const listener = vi.fn();
    store.subscribe(listener)();
    storage.setItem(BROWSER_DATA_KEY, JSON.stringify(withDevice(emptyBrowserData)));
    fire(BROWSER_DATA_KEY);
    expect(listener).not.toHaveBeenCalled();
  });

  it('deletes everything: the record, every key an earlier version wrote, and what is in memory', () => {
    const storage = new MemoryStorage();
    const store = createBrowserDataStore({ storage });
    store.update((data) => withTikTokCountdown(withStep(withDevice(data))));
    storage.setItem(LEGACY_KEYS.progressV1, '{}');
    storage.setItem(LEGACY_KEYS.countdownsV1, '{}');
    storage.setItem('something-else', 'kept');
    store.deleteAll();
    expect([...storage.items.keys()]).toEqual(['something-else']);
    expect(store.getSnapshot().state).toEqual(emptyBrowserData);
    expect(createBrowserDataStore({ storage }).getSnapshot()).toEqual({ state: emptyBrowserData });
  });

  it('keeps working in memory, with a notice, when storage refuses writes', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = createBrowserDataStore({ storage });
    expect(() => store.update(withStep)).not.toThrow();
    expect(store.getSnapshot().state.platforms.tiktok).toBeDefined();
    expect(store.getSnapshot().notice).toBe(UNAVAILABLE_NOTICE);
  });

  it('keeps working in memory when there is no storage at all', () => {
    const store = createBrowserDataStore({ storage: undefined });
    expect(store.getSnapshot().notice).toBe(UNAVAILABLE_NOTICE);
    store.update(withTikTokCountdown);
    expect(store.getSnapshot().state.countdowns.tiktok).toBeDefined();
    store.deleteAll();
    expect(store.getSnapshot().state).toEqual(emptyBrowserData);
  });

  it('shows and dismisses a notice without saving it or touching the data', () => {
    const storage = new MemoryStorage();
    storage.setItem(BROWSER_DATA_KEY, 'not json');
    const store = createBrowserDataStore({ storage });
    expect(store.getSnapshot().notice).toBe(CORRUPTED_NOTICE);
    store.update(withStep);
    store.dismissNotice();
    expect(store.getSnapshot().notice).toBeUndefined();
    expect(store.getSnapshot().state.platforms.tiktok).toBeDefined();
    store.showNotice('Your last change could not be saved.');
    expect(store.getSnapshot().notice).toBe('Your last change could not be saved.');
    expect(storage.getItem(BROWSER_DATA_KEY)).not.toContain('could not be saved');
  });
});

describe('carrying over what an earlier version saved', () => {
  const progressV1 = JSON.stringify({ version: 1, platforms: { tiktok: { steps: { 'download-your-data': { status: 'done', updatedAt: AT } } } }, device: 'android' });

  it('loads the migration only when older keys are there', async () => {
    const loadMigration = vi.fn(() => import('./migrate'));
    createBrowserDataStore({ storage: new MemoryStorage(), loadMigration });
    const storage = new MemoryStorage();
    storage.setItem(BROWSER_DATA_KEY, JSON.stringify(withDevice(emptyBrowserData)));
    createBrowserDataStore({ storage, loadMigration });
    expect(loadMigration).not.toHaveBeenCalled();

    const old = new MemoryStorage();
    old.setItem(LEGACY_KEYS.progressV1, progressV1);
    const store = createBrowserDataStore({ storage: old, loadMigration });
    const listener = vi.fn();
    store.subscribe(listener);
    expect(loadMigration).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(store.getSnapshot().state.device).toBe('android'));
    expect(listener).toHaveBeenCalled();
    expect([...old.items.keys()]).toEqual([BROWSER_DATA_KEY]);
  });

  it('saves a change made while it loads at once, and carries the older keys in under it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEYS.progressV1, progressV1);
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const store = createBrowserDataStore({ storage, loadMigration: () => gate.then(() => import('./migrate')) });
    store.update(withTikTokCountdown);
    store.update((state) => ({ ...state, device: 'web' }));
    expect(store.getSnapshot().state.countdowns.tiktok).toBeDefined();
    expect(storage.getItem(BROWSER_DATA_KEY)).not.toBeNull();
    finish();
    await vi.waitFor(() => expect(store.getSnapshot().state.platforms.tiktok).toBeDefined());
    const saved = JSON.parse(storage.getItem(BROWSER_DATA_KEY)!);
    expect(saved.platforms.tiktok.steps['download-your-data'].status).toBe('done');
    expect(saved.countdowns.tiktok.requestedOn).toBe('2026-11-25');
    // The change made on this page wins over what the older version saved.
    expect(saved.device).toBe('web');
    expect(store.getSnapshot().state).toEqual(saved);
    expect([...storage.items.keys()]).toEqual([BROWSER_DATA_KEY]);
  });

  it('deletes what the older keys held even before the migration has loaded', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEYS.progressV1, progressV1);
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const store = createBrowserDataStore({ storage, loadMigration: () => gate.then(() => import('./migrate')) });
    store.deleteAll();
    finish();
    await gate;
    await new Promise((settled) => setTimeout(settled, 0));
    expect(store.getSnapshot().state).toEqual(emptyBrowserData);
    expect(storage.items.size).toBe(0);
  });

  it('keeps the older keys for the next page when the migration cannot be loaded, and this page’s changes too', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEYS.progressV1, progressV1);
    const store = createBrowserDataStore({ storage, loadMigration: () => Promise.reject(new Error('offline')) });
    store.update(withDevice);
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
    expect([...storage.items.keys()].sort()).toEqual([BROWSER_DATA_KEY, LEGACY_KEYS.progressV1].sort());

    // The next page carries them over.
    const next = createBrowserDataStore({ storage });
    await vi.waitFor(() => expect(next.getSnapshot().state.platforms.tiktok).toBeDefined());
    expect(next.getSnapshot().state.device).toBe('web');
    expect([...storage.items.keys()]).toEqual([BROWSER_DATA_KEY]);
    error.mockRestore();
  });
});

describe('the anonymous export', () => {
  it('holds the whole record, countdowns and device included, with when it was made', () => {
    const data = withTikTokCountdown(withStep(withDevice(emptyBrowserData)));
    const now = new Date(AT);
    expect(exportBrowserData(data, now)).toEqual({ exportedAt: AT, ...data });
    expect(exportBrowserData(data, now)).toMatchObject({ platforms: data.platforms, bookmarks: {}, countdowns: data.countdowns, device: 'web' });
    expect(exportFileName(now)).toBe('unlisted-export-2026-11-25.json');
  });
});
