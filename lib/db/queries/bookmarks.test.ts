import { afterAll, describe, expect, it } from 'vitest';
import { getOpenDatabase } from '../client';
import { at, createPerson } from '../test-setup/users';
import { addBookmarks, removeBookmark } from './bookmarks';
import { getProgressData } from './progress';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

const bookmarksOf = async (userId: string) => (await getProgressData({ userId })).bookmarks;

describe('bookmarks', () => {
  it('are idempotent and keep the earliest time saved', async () => {
    const person = await createPerson('bookmarks');
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: at('2026-11-20T10:00:00Z') }] });
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: at('2026-11-25T10:00:00Z') }] });
    expect(await bookmarksOf(person.id)).toEqual({ tiktok: { createdAt: '2026-11-20T10:00:00.000Z' } });
    // An anonymous bookmark from before sign-in is older: it wins.
    await addBookmarks({ userId: person.id, bookmarks: [{ platform: 'tiktok', createdAt: at('2026-11-10T10:00:00Z') }] });
    expect(await bookmarksOf(person.id)).toEqual({ tiktok: { createdAt: '2026-11-10T10:00:00.000Z' } });
  });

  it('accept a batch with repeats, and an empty one', async () => {
    const person = await createPerson('batch');
    await addBookmarks({ userId: person.id, bookmarks: [] });
    await addBookmarks({
      userId: person.id,
      bookmarks: [
        { platform: 'tiktok', createdAt: at('2026-11-20T10:00:00Z') },
        { platform: 'instagram', createdAt: at('2026-11-21T10:00:00Z') },
        { platform: 'tiktok', createdAt: at('2026-11-19T10:00:00Z') },
      ],
    });
    expect(await bookmarksOf(person.id)).toEqual({
      tiktok: { createdAt: '2026-11-19T10:00:00.000Z' },
      instagram: { createdAt: '2026-11-21T10:00:00.000Z' },
    });
  });

  it('are removed one platform at a time, and only for their owner', async () => {
    const person = await createPerson('remover');
    const other = await createPerson('keeper');
    for (const who of [person, other]) {
      await addBookmarks({
        userId: who.id,
        bookmarks: [
          { platform: 'tiktok', createdAt: at('2026-11-20T10:00:00Z') },
          { platform: 'instagram', createdAt: at('2026-11-20T10:00:00Z') },
        ],
      });
    }
    await removeBookmark({ userId: person.id, platform: 'tiktok' });
    await removeBookmark({ userId: person.id, platform: 'never-saved' });
    expect(Object.keys(await bookmarksOf(person.id))).toEqual(['instagram']);
    expect(Object.keys(await bookmarksOf(other.id)).sort()).toEqual(['instagram', 'tiktok']);
  });

  it('never deadlock when devices send overlapping batches in opposite orders', async () => {
    const person = await createPerson('opposite');
    const platforms = Array.from({ length: 30 }, (_, index) => `platform-${String(index).padStart(2, '0')}`);
    await Promise.all(
      Array.from({ length: 8 }, (_, writer) => {
        const batch = platforms.map((platform) => ({ platform, createdAt: new Date(Date.UTC(2026, 10, 20, 10, writer)) }));
        return addBookmarks({ userId: person.id, bookmarks: writer % 2 ? batch.reverse() : batch });
      }),
    );
    const saved = await bookmarksOf(person.id);
    expect(Object.keys(saved)).toHaveLength(30);
    expect(new Set(Object.values(saved).map((record) => record.createdAt))).toEqual(new Set(['2026-11-20T10:00:00.000Z']));
  });
});
