import { describe, expect, it } from 'vitest';
import { emptyProgress, withBookmark, withFlow, withStepStatus } from '@/lib/progress/state';
import { followedChecklists } from './followed';

const at = new Date('2026-11-25T10:00:00.000Z');
const routes = ['tiktok', 'instagram', 'youtube', 'x'].map((slug) => ({ slug }));
const slugs = ({ bookmarked, inProgress }: ReturnType<typeof followedChecklists>) => ({
  bookmarked: bookmarked.map((route) => route.slug),
  inProgress: inProgress.map((route) => route.slug),
});

describe('followedChecklists', () => {
  it('follows nothing on a fresh browser', () => {
    expect(slugs(followedChecklists(routes, emptyProgress))).toEqual({ bookmarked: [], inProgress: [] });
  });

  it('lists bookmarks first, then started checklists without one, each once and in page order', () => {
    let state = withBookmark(emptyProgress, { platform: 'youtube', bookmarked: true, at });
    state = withStepStatus(state, { platform: 'youtube', step: 'download-your-data', status: 'done', at });
    state = withStepStatus(state, { platform: 'x', step: 'download-your-data', status: 'skipped', at });
    state = withStepStatus(state, { platform: 'tiktok', step: 'download-your-data', status: 'done', at });
    expect(slugs(followedChecklists(routes, state))).toEqual({ bookmarked: ['youtube'], inProgress: ['tiktok', 'x'] });
  });

  it('does not count a step undone, nor a path chosen with no step marked', () => {
    let state = withStepStatus(emptyProgress, { platform: 'tiktok', step: 'download-your-data', status: 'done', at });
    state = withStepStatus(state, { platform: 'tiktok', step: 'download-your-data', status: 'todo', at });
    state = withFlow(state, { platform: 'instagram', flow: 'leave', at });
    expect(slugs(followedChecklists(routes, state))).toEqual({ bookmarked: [], inProgress: [] });
  });
});
