import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { bookmarks, platformChoices, progress, sessions, users, verificationTokens } from '../schema';

/** Everything held about one person, as plain JSON: no tokens, no ids of anyone else. */
export async function exportUserData({ userId }: { userId: string }) {
  const db = await getDb();
  const [user] = await db
    .select({ email: users.email, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  const [steps, choices, saved, signIns] = await Promise.all([
    db
      .select({ platform: progress.platform, step: progress.step, status: progress.status, updatedAt: progress.updatedAt })
      .from(progress)
      .where(eq(progress.userId, userId))
      .orderBy(progress.platform, progress.step),
    db
      .select({ platform: platformChoices.platform, path: platformChoices.flow, updatedAt: platformChoices.updatedAt })
      .from(platformChoices)
      .where(eq(platformChoices.userId, userId)),
    db.select({ platform: bookmarks.platform, createdAt: bookmarks.createdAt }).from(bookmarks).where(eq(bookmarks.userId, userId)),
    db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.userId, userId)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    user: user ? { email: user.email, createdAt: user.createdAt.toISOString() } : null,
    progress: steps.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    pathChoices: choices.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    bookmarks: saved.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    sessions: signIns.map((row) => ({ expires: row.expires.toISOString() })),
  };
}

export type UserExport = Awaited<ReturnType<typeof exportUserData>>;

/**
 * Erases a person for real, in one transaction: the user row (which cascades
 * to accounts, sessions, progress, path choices and bookmarks) and any
 * unused sign-in links sent to their address.
 */
export async function deleteUserData({ userId }: { userId: string }): Promise<{ users: number; signInLinks: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return { users: 0, signInLinks: 0 };
    const links = user.email
      ? await tx
          .delete(verificationTokens)
          .where(eq(verificationTokens.identifier, user.email))
          .returning({ token: verificationTokens.token })
      : [];
    const deleted = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return { users: deleted.length, signInLinks: links.length };
  });
}
