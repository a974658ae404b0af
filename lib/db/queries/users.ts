import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { accounts, bookmarks, countdowns, platformChoices, progress, reminders, sessions, users, verificationTokens } from '../schema';

/** The person's email address, or null when there is no such person (or no address). */
export async function getUserEmail({ userId }: { userId: string }): Promise<string | null> {
  const db = await getDb();
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user?.email ?? null;
}

/**
 * Everything held about one person, as plain JSON: no tokens (session or
 * sign-in link), no ids, nothing about anyone else. Read in one read-only
 * snapshot so the parts agree with each other.
 */
export async function exportUserData({ userId }: { userId: string }) {
  const db = await getDb();
  return db.transaction(
    async (tx) => {
      const [user] = await tx.select({ email: users.email, createdAt: users.createdAt }).from(users).where(eq(users.id, userId));
      const steps = await tx
        .select({ platform: progress.platform, step: progress.step, status: progress.status, updatedAt: progress.updatedAt })
        .from(progress)
        .where(eq(progress.userId, userId))
        .orderBy(progress.platform, progress.step);
      const choices = await tx
        .select({ platform: platformChoices.platform, path: platformChoices.flow, updatedAt: platformChoices.updatedAt })
        .from(platformChoices)
        .where(eq(platformChoices.userId, userId))
        .orderBy(platformChoices.platform);
      const saved = await tx
        .select({ platform: bookmarks.platform, createdAt: bookmarks.createdAt })
        .from(bookmarks)
        .where(eq(bookmarks.userId, userId))
        .orderBy(bookmarks.platform);
      const signIns = await tx
        .select({ expires: sessions.expires })
        .from(sessions)
        .where(eq(sessions.userId, userId))
        .orderBy(sessions.expires);
      const linked = await tx
        .select({ type: accounts.type, provider: accounts.provider })
        .from(accounts)
        .where(eq(accounts.userId, userId))
        .orderBy(accounts.provider);
      const links = user?.email
        ? await tx
            .select({ expires: verificationTokens.expires })
            .from(verificationTokens)
            .where(eq(verificationTokens.identifier, user.email))
            .orderBy(verificationTokens.expires)
        : [];
      const deletions = await tx
        .select({
          platform: countdowns.platform,
          requestedOn: countdowns.requestedOn,
          finalOn: countdowns.finalOn,
          timeZone: countdowns.timeZone,
          status: countdowns.status,
          createdAt: countdowns.createdAt,
        })
        .from(countdowns)
        .where(eq(countdowns.userId, userId))
        .orderBy(countdowns.createdAt);
      const emails = await tx
        .select({
          platform: reminders.platform,
          kind: reminders.kind,
          locale: reminders.locale,
          dueAt: reminders.dueAt,
          status: reminders.status,
          sentAt: reminders.sentAt,
        })
        .from(reminders)
        .where(eq(reminders.userId, userId))
        .orderBy(reminders.dueAt);
      return {
        exportedAt: new Date().toISOString(),
        user: user ? { email: user.email, createdAt: user.createdAt.toISOString() } : null,
        progress: steps.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
        pathChoices: choices.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
        bookmarks: saved.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
        sessions: signIns.map((row) => ({ expires: row.expires.toISOString() })),
        /** Sign-in methods linked to the account (provider names only, never their tokens). */
        accounts: linked,
        /** Sign-in links sent and not used yet: when each expires. */
        signInLinks: links.map((row) => ({ expires: row.expires.toISOString() })),
        countdowns: deletions.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
        reminders: emails.map((row) => ({ ...row, dueAt: row.dueAt.toISOString(), sentAt: row.sentAt?.toISOString() ?? null })),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export type UserExport = Awaited<ReturnType<typeof exportUserData>>;

export type DeletedCounts = {
  users: number;
  accounts: number;
  sessions: number;
  progress: number;
  pathChoices: number;
  bookmarks: number;
  signInLinks: number;
};

/**
 * Erases a person for real, in one transaction. The user row alone would do
 * (every table cascades from it, tables added later included); the explicit
 * deletes first are there to count what went, and the sign-in links are keyed
 * by address, not by user, so nothing else would remove them.
 */
export async function deleteUserData({ userId }: { userId: string }): Promise<DeletedCounts> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) return { users: 0, accounts: 0, sessions: 0, progress: 0, pathChoices: 0, bookmarks: 0, signInLinks: 0 };
    const count = (rows: unknown[]) => rows.length;
    const deleted: Omit<DeletedCounts, 'users'> = {
      accounts: count(await tx.delete(accounts).where(eq(accounts.userId, userId)).returning({ provider: accounts.provider })),
      sessions: count(await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ expires: sessions.expires })),
      progress: count(await tx.delete(progress).where(eq(progress.userId, userId)).returning({ step: progress.step })),
      pathChoices: count(
        await tx.delete(platformChoices).where(eq(platformChoices.userId, userId)).returning({ platform: platformChoices.platform }),
      ),
      bookmarks: count(await tx.delete(bookmarks).where(eq(bookmarks.userId, userId)).returning({ platform: bookmarks.platform })),
      signInLinks: user.email
        ? count(
            await tx
              .delete(verificationTokens)
              .where(eq(verificationTokens.identifier, user.email))
              .returning({ expires: verificationTokens.expires }),
          )
        : 0,
    };
    const removedUsers = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return { users: removedUsers.length, ...deleted };
  });
}
