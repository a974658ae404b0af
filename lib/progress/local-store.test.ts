import { describe, expect, it, vi } from 'vitest';
import { createLocalProgressStore, NOTICES, PROGRESS_STORAGE_KEY, readSavedProgress } from './local-store';
import { emptyProgress, stepStatus } from './state';

/** A Storage stand-in; `failWrites` mimics a full or blocked storage. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Other tabs' writes arrive as `storage` events on the window; this stands in for it. */
function otherTabEvents() {
  const target = new EventTarget();
  return {
    events: target as unknown as Window,
    fire(key: string | null) {
      const event = new Event('storage') as Event & { key: string | null };
      Object.defineProperty(event, 'key', { value: key });
      target.dispatchEvent(event);
    },
  };
}

const fixedNow = () => new Date('2026-11-25T09:00:00.000Z');

describe('local progress store', () => {
  it('starts empty, without a notice, when nothing is saved', () => {
    const store = createLocalProgressStore({ storage: new MemoryStorage(), now: fixedNow });
    expect(store.getSnapshot()).toEqual({ state: emptyProgress });
  });

  it('saves every change under the versioned key and reads it back after a reload', () => {
    const storage = new MemoryStorage();
    const store = createLocalProgressStore({ storage, now: fixedNow });
    store.setStepStatus('tiktok', 'make-account-private', 'done');
    store.setFlow('tiktok', 'leave');
    store.setDevice('android');

    const saved = JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY)!);
    expect(saved).toEqual({
      version: 1,
      device: 'android',
      platforms: {
        tiktok: {
          flow: 'leave',
          flowUpdatedAt: '2026-11-25T09:00:00.000Z',
          steps: { 'make-account-private': { status: 'done', updatedAt: '2026-11-25T09:00:00.000Z' } },
        },
      },
    });

    const reloaded = createLocalProgressStore({ storage, now: fixedNow });
    expect(reloaded.getSnapshot().state).toEqual(saved);
    expect(reloaded.getSnapshot().notice).toBeUndefined();
  });

  it('keeps an undone step as todo with the time of the undo', () => {
    let time = new Date('2026-11-25T09:00:00.000Z');
    const store = createLocalProgressStore({ storage: new MemoryStorage(), now: () => time });
    store.setStepStatus('tiktok', 'delete-account', 'skipped');
    time = new Date('2026-11-25T09:05:00.000Z');
    store.setStepStatus('tiktok', 'delete-account', 'todo');
    expect(store.getSnapshot().state.platforms.tiktok?.steps['delete-account']).toEqual({
      status: 'todo',
      updatedAt: '2026-11-25T09:05:00.000Z',
    });
  });

  it('keeps the snapshot identity until something changes, and notifies subscribers', () => {
    const store = createLocalProgressStore({ storage: new MemoryStorage(), now: fixedNow });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.setStepStatus('tiktok', 'download-your-data', 'done');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.setStepStatus('tiktok', 'download-your-data', 'todo');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('follows what another tab saved', () => {
    const storage = new MemoryStorage();
    const { events, fire } = otherTabEvents();
    const store = createLocalProgressStore({ storage, events, now: fixedNow });
    const listener = vi.fn();
    store.subscribe(listener);

    const otherTab = createLocalProgressStore({ storage, now: fixedNow });
    otherTab.setStepStatus('tiktok', 'save-your-videos', 'done');
    fire(PROGRESS_STORAGE_KEY);

    expect(listener).toHaveBeenCalledTimes(1);
    expect(stepStatus(store.getSnapshot().state, 'tiktok', 'save-your-videos')).toBe('done');

    fire('some-other-key');
    expect(listener).toHaveBeenCalledTimes(1);

    storage.items.clear();
    fire(null);
    expect(store.getSnapshot().state).toEqual(emptyProgress);
  });

  it('stops listening to other tabs when the last subscriber leaves', () => {
    const storage = new MemoryStorage();
    const { events, fire } = otherTabEvents();
    const store = createLocalProgressStore({ storage, events, now: fixedNow });
    const listener = vi.fn();
    store.subscribe(listener)();
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 1, platforms: {}, device: 'web' }));
    fire(PROGRESS_STORAGE_KEY);
    expect(listener).not.toHaveBeenCalled();
  });

  it('resets a value that is not JSON, with a notice, and removes it', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, '{"version":1,"platf');
    const store = createLocalProgressStore({ storage, now: fixedNow });
    expect(store.getSnapshot()).toEqual({ state: emptyProgress, notice: NOTICES.corrupted });
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
  });

  it.each([
    ['a wrong shape', { version: 1, platforms: { tiktok: { steps: { 'x-y': { status: 'finished' } } } } }],
    ['a bad slug', { version: 1, platforms: { 'Tik Tok': { steps: {} } } }],
    ['a bad date', { version: 1, platforms: { tiktok: { steps: { a: { status: 'done', updatedAt: 'yesterday' } } } } }],
    ['not an object', 42],
    ['null', null],
    ['a future version', { version: 2, platforms: {} }],
  ])('resets %s as corrupted', (_label, value) => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(value));
    expect(readSavedProgress(storage)).toEqual({ state: emptyProgress, notice: NOTICES.corrupted });
  });

  it('resets an older version, and an older key, with the outdated notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 0, steps: [] }));
    expect(readSavedProgress(storage).notice).toBe(NOTICES.outdated);

    const legacy = new MemoryStorage();
    legacy.setItem('unlisted.progress', '["download-your-data"]');
    const store = createLocalProgressStore({ storage: legacy, now: fixedNow });
    expect(store.getSnapshot().notice).toBe(NOTICES.outdated);
    expect(legacy.getItem('unlisted.progress')).toBeNull();
  });

  it('keeps working in memory, with a notice, when storage refuses writes', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = createLocalProgressStore({ storage, now: fixedNow });
    expect(() => store.setStepStatus('tiktok', 'download-your-data', 'done')).not.toThrow();
    expect(stepStatus(store.getSnapshot().state, 'tiktok', 'download-your-data')).toBe('done');
    expect(store.getSnapshot().notice).toBe(NOTICES.unavailable);
  });

  it('keeps working in memory when there is no storage at all', () => {
    const store = createLocalProgressStore({ storage: undefined, now: fixedNow });
    expect(store.getSnapshot().notice).toBe(NOTICES.unavailable);
    store.setFlow('tiktok', 'leave');
    expect(store.getSnapshot().state.platforms.tiktok?.flow).toBe('leave');
  });

  it('keeps working when reading storage throws', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('Blocked', 'SecurityError');
    };
    expect(readSavedProgress(storage)).toEqual({ state: emptyProgress, notice: NOTICES.unavailable });
  });

  it('shows a notice from elsewhere without saving it', () => {
    const storage = new MemoryStorage();
    const store = createLocalProgressStore({ storage, now: fixedNow });
    const listener = vi.fn();
    store.subscribe(listener);
    store.showNotice('Your last change could not be saved.');
    expect(store.getSnapshot().notice).toBe('Your last change could not be saved.');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
  });

  it('clears progress and bookmarks, keeping the device only when asked', () => {
    const storage = new MemoryStorage();
    const store = createLocalProgressStore({ storage, now: fixedNow });
    store.setDevice('web');
    store.setBookmark('tiktok', true);
    store.setStepStatus('tiktok', 'download-your-data', 'done');
    store.clear({ keepDevice: true });
    expect(store.getSnapshot().state).toEqual({ ...emptyProgress, device: 'web' });
    store.clear({ keepDevice: false });
    expect(JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY)!)).toEqual(emptyProgress);
  });

  it('dismisses a notice without touching progress', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, 'not json');
    const store = createLocalProgressStore({ storage, now: fixedNow });
    store.setStepStatus('tiktok', 'download-your-data', 'done');
    store.dismissNotice();
    expect(store.getSnapshot().notice).toBeUndefined();
    expect(stepStatus(store.getSnapshot().state, 'tiktok', 'download-your-data')).toBe('done');
  });
});
