import { describe, expect, it } from 'vitest';
import { maskEmail } from './mask-email';
import { decideMerge, summarize } from './merge-decision';
import { emptyProgress, type ProgressState } from './state';

const marked: ProgressState = {
  platforms: {
    tiktok: {
      flow: 'leave',
      flowUpdatedAt: '2026-11-01T10:00:00.000Z',
      steps: {
        'download-your-data': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' },
        'save-your-videos': { status: 'skipped', updatedAt: '2026-11-01T10:00:00.000Z' },
        'delete-account': { status: 'todo', updatedAt: '2026-11-01T10:00:00.000Z' },
      },
    },
  },
  bookmarks: { instagram: { createdAt: '2026-11-01T10:00:00.000Z' } },
};
const emptyAccount = { platforms: {}, bookmarks: {} };
const usedAccount = {
  platforms: { x: { steps: { 'protect-your-posts': { status: 'done' as const, updatedAt: '2026-10-01T10:00:00.000Z' } } } },
  bookmarks: {},
};

describe('decideMerge', () => {
  it('merges without asking only on a first sign-in this browser asked for', () => {
    expect(decideMerge({ local: marked, account: emptyAccount, signInOrigin: 'here', remembered: null })).toBe('merge');
  });

  it('asks when another browser asked for the link (login CSRF), even for an empty account', () => {
    expect(decideMerge({ local: marked, account: emptyAccount, signInOrigin: 'elsewhere', remembered: null })).toBe('ask');
  });

  it('asks when the account already holds data, or when nobody knows where the link came from', () => {
    expect(decideMerge({ local: marked, account: usedAccount, signInOrigin: 'here', remembered: null })).toBe('ask');
    expect(decideMerge({ local: marked, account: emptyAccount, signInOrigin: null, remembered: null })).toBe('ask');
  });

  it('between sign-ins, follows what the person already answered for this account', () => {
    expect(decideMerge({ local: marked, account: usedAccount, signInOrigin: null, remembered: 'accepted' })).toBe('merge');
    expect(decideMerge({ local: marked, account: emptyAccount, signInOrigin: null, remembered: 'declined' })).toBe('nothing');
  });

  it('asks again at every new sign-in that is not a first one asked for here', () => {
    expect(decideMerge({ local: marked, account: usedAccount, signInOrigin: 'here', remembered: 'accepted' })).toBe('ask');
    expect(decideMerge({ local: marked, account: usedAccount, signInOrigin: 'here', remembered: 'declined' })).toBe('ask');
    expect(decideMerge({ local: marked, account: emptyAccount, signInOrigin: 'elsewhere', remembered: 'accepted' })).toBe('ask');
    expect(decideMerge({ local: marked, account: emptyAccount, signInOrigin: 'here', remembered: 'declined' })).toBe('merge');
  });

  it('has nothing to do when the browser kept nothing', () => {
    expect(decideMerge({ local: emptyProgress, account: emptyAccount, signInOrigin: 'here', remembered: null })).toBe('nothing');
  });
});

describe('summarize and maskEmail', () => {
  it('counts marked steps (not to-dos), bookmarks and chosen paths', () => {
    expect(summarize(marked)).toEqual({ steps: 2, bookmarks: 1, paths: 1 });
  });

  it('keeps the first letter and the domain', () => {
    expect(maskEmail('alex@example.com')).toBe('a…@example.com');
    expect(maskEmail('nobody')).toBe('…');
  });
});
