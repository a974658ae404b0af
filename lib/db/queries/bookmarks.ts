import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { bookmarks } from '../schema';

/** Idempotent: bookmarking twice keeps the first time it was saved. */
export async function addBookmarks({
  userId,
  bookmarks: entries,
}: {
  userId: string;
  bookmarks: { platform: string; createdAt: Date }[];
}): Promise<void> {
  if (entries.length === 0) return;
  const db = await getDb();
  await db
    .insert(bookmarks)
    .values(entries.map((entry) => ({ userId, ...entry })))
    .onConflictDoUpdate({
      target: [bookmarks.userId, bookmarks.platform],
      set: { createdAt: sql`excluded.created_at` },
      setWhere: sql`${bookmarks.createdAt} > excluded.created_at`,
    });
}

export async function removeBookmark({ userId, platform }: { userId: string; platform: string }): Promise<void> {
  const db = await getDb();
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.platform, platform)));
}
