import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { mapWriteConflicts } from '../errors';
import { bookmarks } from '../schema';
import type { Executor } from './progress';

export type BookmarkEntry = { platform: string; createdAt: Date };

/** Idempotent: bookmarking twice keeps the first time it was saved. Returns how many it added or moved earlier. */
export async function addBookmarks(
  {
    userId,
    bookmarks: entries,
  }: {
    userId: string;
    bookmarks: BookmarkEntry[];
  },
  into?: Executor,
): Promise<number> {
  if (entries.length === 0) return 0;
  const db = into ?? (await getDb());
  // A person deleted mid-save is told so (401), not answered with a 500.
  const changed = await mapWriteConflicts(() =>
    db
      .insert(bookmarks)
      // Fields picked by name: an entry carrying a stray userId cannot write into someone else's rows.
      .values(earliestPerPlatform(entries).map(({ platform, createdAt }) => ({ platform, createdAt, userId })))
      .onConflictDoUpdate({
        target: [bookmarks.userId, bookmarks.platform],
        set: { createdAt: sql`excluded.created_at` },
        setWhere: sql`${bookmarks.createdAt} > excluded.created_at`,
      })
      .returning({ platform: bookmarks.platform }),
  );
  return changed.length;
}

/** One entry per platform, the earliest, in a fixed order (see latestPerStep in progress.ts). */
function earliestPerPlatform(entries: BookmarkEntry[]): BookmarkEntry[] {
  const earliest = new Map<string, BookmarkEntry>();
  for (const entry of entries) {
    const kept = earliest.get(entry.platform);
    if (!kept || entry.createdAt < kept.createdAt) earliest.set(entry.platform, entry);
  }
  return [...earliest.values()].sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}

export async function removeBookmark({ userId, platform }: { userId: string; platform: string }): Promise<void> {
  const db = await getDb();
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.platform, platform)));
}
