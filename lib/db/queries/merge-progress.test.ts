import { afterAll, describe, expect, it } from 'vitest';
import { getOpenDatabase } from '../client';
import { at, createPerson } from '../test-setup/users';
import { addBookmarks } from './bookmarks';
import { mergeBrowserProgress } from './merge-progress';
import { getProgressData, saveFlowChoice, saveStepStatuses } from './progress';
import { deleteUserData } from './users';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

/** What a browser keeps anonymously, as the merge endpoint receives it. */
const browser = {
  platforms: {
    tiktok: {
      flow: 'leave' as const,
      flowUpdatedAt: '2026-11-20T12:00:00.000Z',
      steps: {
        'download-your-data': { status: 'done' as const, updatedAt: '2026-11-20T10:00:00.000Z' },
        'save-your-videos': { status: 'skipped' as const, updatedAt: '2026-11-20T08:00:00.000Z' },
      },
    },
    x: { steps: { 'make-account-private': { status: 'done' as const, updatedAt: '2026-11-21T10:00:00.000Z' } } },
  },
  bookmarks: { tiktok: { createdAt: '2026-11-19T09:00:00.000Z' }, x: { createdAt: '2026-11-22T09:00:00.000Z' } },
};

describe('mergeBrowserProgress', () => {
  it('writes the newer of each, adds bookmarks, and says how much it changed', async () => {
    const person = await createPerson('merger');
    // The account already has a newer mark for one step, an older one for another, and one bookmark.
    await saveStepStatuses({
      userId: person.id,
      entries: [
        { platform: 'tiktok', step: 'save-your-videos', status: 'done', updatedAt: at('2026-11-20T09:00:00Z') },
        { platform: 'tiktok', step: 'download-your-data', status: 'todo', updatedAt: at('2026-11-20T07:00:00Z') },
      ],
    });
    await saveFlowChoice({ userId: person.id, platform: 'tiktok', flow: 'lock-down', updatedAt: at('2026-11-20T13:00:00Z') });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'x', createdAt: at('2026-11-20T09:00:00Z') }] });

    const { merged, changed } = await mergeBrowserProgress({ userId: person.id, local: browser });
    // download-your-data (newer here) and x's step are written; save-your-videos stays the account's.
    // The path choice stays the account's (newer); tiktok's bookmark is added, x's kept (earlier).
    expect(changed).toEqual({ steps: 2, flows: 0, bookmarks: 1 });
    expect(merged).toEqual(await getProgressData({ userId: person.id }));
    expect(merged.platforms.tiktok).toMatchObject({
      flow: 'lock-down',
      steps: { 'download-your-data': { status: 'done' }, 'save-your-videos': { status: 'done', updatedAt: '2026-11-20T09:00:00.000Z' } },
    });
    expect(merged.bookmarks).toEqual({ tiktok: { createdAt: '2026-11-19T09:00:00.000Z' }, x: { createdAt: '2026-11-20T09:00:00.000Z' } });

    // Merging the same browser again changes nothing.
    expect((await mergeBrowserProgress({ userId: person.id, local: browser })).changed).toEqual({ steps: 0, flows: 0, bookmarks: 0 });
  });

  it('writes nothing at all when the person is gone, and says so', async () => {
    const person = await createPerson('gone-before-merge');
    await deleteUserData({ userId: person.id });
    await expect(mergeBrowserProgress({ userId: person.id, local: browser })).rejects.toMatchObject({ status: 401 });
    expect(await getProgressData({ userId: person.id })).toEqual({ platforms: {}, bookmarks: {} });
  });

  it('is all or nothing: a bookmark that cannot be stored undoes the marks and choices written before it', async () => {
    const person = await createPerson('half-merge');
    // A date the database cannot take (the endpoint's schema never lets one through; here it stands
    // for any failure once the steps are written: a lost connection, a deleted account).
    const broken = { ...browser, bookmarks: { ...browser.bookmarks, x: { createdAt: 'not a date' } } };
    await expect(mergeBrowserProgress({ userId: person.id, local: broken })).rejects.toThrow();
    expect(await getProgressData({ userId: person.id })).toEqual({ platforms: {}, bookmarks: {} });
  });
});
