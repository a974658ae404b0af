import { describe, expect, it } from 'vitest';
import { hasAnonymousData, toProgressData } from './merge-decision';
import { emptyProgress, isBookmarked, withBookmark, withFlow, withStepStatus } from './state';

const at = new Date('2026-11-25T10:00:00.000Z');

describe('progress state', () => {
  it('records a path choice with its time', () => {
    const state = withFlow(emptyProgress, { platform: 'tiktok', flow: 'leave', at });
    expect(state.platforms.tiktok).toEqual({ flow: 'leave', flowUpdatedAt: at.toISOString(), steps: {} });
  });

  it('bookmarks once, keeps the first time, and un-bookmarks', () => {
    const once = withBookmark(emptyProgress, { platform: 'tiktok', bookmarked: true, at });
    const again = withBookmark(once, { platform: 'tiktok', bookmarked: true, at: new Date('2026-12-01T00:00:00Z') });
    expect(again.bookmarks).toEqual({ tiktok: { createdAt: at.toISOString() } });
    expect(isBookmarked(again, 'tiktok')).toBe(true);
    const removed = withBookmark(again, { platform: 'tiktok', bookmarked: false, at });
    expect(isBookmarked(removed, 'tiktok')).toBe(false);
    expect(removed.bookmarks).toEqual({});
  });

  it('knows when a browser has something to merge', () => {
    expect(hasAnonymousData(emptyProgress)).toBe(false);
    expect(hasAnonymousData({ ...emptyProgress, device: 'web' })).toBe(false);
    expect(hasAnonymousData(withStepStatus(emptyProgress, { platform: 'tiktok', step: 'a', status: 'todo', at }))).toBe(true);
    expect(hasAnonymousData(withBookmark(emptyProgress, { platform: 'tiktok', bookmarked: true, at }))).toBe(true);
  });

  it('sends progress and bookmarks, never the device', () => {
    const state = withBookmark({ ...emptyProgress, device: 'android' }, { platform: 'tiktok', bookmarked: true, at });
    expect(toProgressData(state)).toEqual({ platforms: {}, bookmarks: { tiktok: { createdAt: at.toISOString() } } });
  });
});
