import { describe, expect, it, vi } from 'vitest';
import { CORRUPTED_NOTICE } from '@/lib/browser-data/notices';
import { BROWSER_DATA_KEY } from '@/lib/browser-data/keys';
import { emptyBrowserData } from '@/lib/browser-data/record';
import { withMergeChoice } from '@/lib/browser-data/merge-choice';
import { withCountdown } from '@/lib/browser-data/countdowns';
import { createBrowserDataStore } from '@/lib/browser-data/store';
import { MemoryStorage, otherTabEvents } from '@/lib/browser-data/test-support';
import { createLocalProgressStore } from './local-store';
import { stepStatus } from './state';

const fixedNow = () => new Date('2026-11-25T09:00:00.000Z');

function stores(storage = new MemoryStorage(), events?: Window) {
  const data = createBrowserDataStore({ storage, events });
  return { storage, data, progress: createLocalProgressStore({ data, now: fixedNow }) };
}

describe('local progress store (the progress part of the browser record)', () => {
  it('starts empty, without a notice, when nothing is saved', () => {
    expect(stores().progress.getSnapshot()).toEqual({ state: emptyBrowserData });
  });

  it('saves every change into the record and reads it back after a reload', () => {
    const { storage, progress } = stores();
    progress.setStepStatus('tiktok', 'make-account-private', 'done');
    progress.setFlow('tiktok', 'leave');
    progress.setDevice('android');
    progress.setBookmark('tiktok', true);

    expect(JSON.parse(storage.getItem(BROWSER_DATA_KEY)!)).toEqual({
      version: 2,
      device: 'android',
      platforms: {
        tiktok: {
          flow: 'leave',
          flowUpdatedAt: '2026-11-25T09:00:00.000Z',
          steps: { 'make-account-private': { status: 'done', updatedAt: '2026-11-25T09:00:00.000Z' } },
        },
      },
      bookmarks: { tiktok: { createdAt: '2026-11-25T09:00:00.000Z' } },
      countdowns: {},
    });

    const reloaded = stores(storage).progress.getSnapshot();
    expect(reloaded).toEqual({ state: progress.getSnapshot().state });
  });

  it('keeps an undone step as todo with the time of the undo', () => {
    let time = new Date('2026-11-25T09:00:00.000Z');
    const progress = createLocalProgressStore({ data: createBrowserDataStore({ storage: new MemoryStorage() }), now: () => time });
    progress.setStepStatus('tiktok', 'delete-account', 'skipped');
    time = new Date('2026-11-25T09:05:00.000Z');
    progress.setStepStatus('tiktok', 'delete-account', 'todo');
    expect(progress.getSnapshot().state.platforms.tiktok?.steps['delete-account']).toEqual({
      status: 'todo',
      updatedAt: '2026-11-25T09:05:00.000Z',
    });
  });

  it('keeps the snapshot identity until something changes, and notifies subscribers', () => {
    const { progress } = stores();
    const listener = vi.fn();
    const unsubscribe = progress.subscribe(listener);
    const before = progress.getSnapshot();
    expect(progress.getSnapshot()).toBe(before);
    progress.setStepStatus('tiktok', 'download-your-data', 'done');
    expect(progress.getSnapshot()).not.toBe(before);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    progress.setStepStatus('tiktok', 'download-your-data', 'todo');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('changes progress only, keeping the rest of the record: countdowns, the merge answer', () => {
    const { data, progress } = stores();
    data.update((record) => withMergeChoice(withCountdown(record, 'x', { requestedOn: '2026-11-25', startedAt: '2026-11-25T09:00:00.000Z' }), 'ana@example.test', 'accepted'));
    progress.setBookmark('tiktok', true);
    progress.setDevice('web');
    expect(Object.keys(data.getSnapshot().state.countdowns)).toEqual(['x']);
    expect(data.getSnapshot().state.mergeChoice?.choice).toBe('accepted');
    expect(progress.getSnapshot().state).toMatchObject({ bookmarks: { tiktok: { createdAt: '2026-11-25T09:00:00.000Z' } }, device: 'web' });
  });

  it('follows what another tab saved', () => {
    const storage = new MemoryStorage();
    const { events, fire } = otherTabEvents();
    const { progress } = stores(storage, events);
    const listener = vi.fn();
    progress.subscribe(listener);

    stores(storage).progress.setStepStatus('tiktok', 'save-your-videos', 'done');
    fire(BROWSER_DATA_KEY);

    expect(listener).toHaveBeenCalledTimes(1);
    expect(stepStatus(progress.getSnapshot().state, 'tiktok', 'save-your-videos')).toBe('done');
  });

  it('resets an unreadable record with the notice, and the wizard still works', () => {
    const storage = new MemoryStorage();
    storage.setItem(BROWSER_DATA_KEY, '{"version":2,"platf');
    const { progress } = stores(storage);
    expect(progress.getSnapshot()).toEqual({ state: emptyBrowserData, notice: CORRUPTED_NOTICE });
    progress.setStepStatus('tiktok', 'download-your-data', 'done');
    progress.dismissNotice();
    expect(progress.getSnapshot().notice).toBeUndefined();
    expect(stepStatus(progress.getSnapshot().state, 'tiktok', 'download-your-data')).toBe('done');
  });
});
