import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { ClaimedReminder, ReminderStore } from '@/lib/reminders/sweep';
import { getDb } from '../client';
import { countdowns, reminders, users } from '../schema';

/**
 * The database side of the reminder sweep. Claims take row locks with
 * FOR UPDATE SKIP LOCKED, so any number of instances can sweep at once and
 * each due reminder goes to exactly one of them.
 */
export const databaseReminderStore: ReminderStore = {
  async claimDue({ now, limit, leaseMs }) {
    const db = await getDb();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const claimed = await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: reminders.id })
        .from(reminders)
        .where(
          or(
            and(eq(reminders.status, 'pending'), lte(reminders.nextAttemptAt, now)),
            // Claimed by a sender that never came back: its lease ran out.
            and(eq(reminders.status, 'sending'), lte(reminders.leaseUntil, now)),
          ),
        )
        .orderBy(reminders.nextAttemptAt)
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(reminders)
        .set({ status: 'sending', leaseUntil, attempts: sql`${reminders.attempts} + 1` })
        .where(inArray(reminders.id, due.map((row) => row.id)))
        .returning({ id: reminders.id });
    });
    if (claimed.length === 0) return [];

    const rows = await db
      .select({
        id: reminders.id,
        kind: reminders.kind,
        platform: reminders.platform,
        email: users.email,
        countdownId: reminders.countdownId,
        requestedOn: countdowns.requestedOn,
        finalOn: countdowns.finalOn,
        timeZone: countdowns.timeZone,
        readyOn: reminders.readyOn,
        attempts: reminders.attempts,
      })
      .from(reminders)
      .innerJoin(users, eq(users.id, reminders.userId))
      .leftJoin(countdowns, eq(countdowns.id, reminders.countdownId))
      .where(inArray(reminders.id, claimed.map((row) => row.id)));
    return rows.flatMap((row): ClaimedReminder[] => (row.email ? [{ ...row, email: row.email }] : []));
  },

  async markSent({ id, now }) {
    const db = await getDb();
    await db
      .update(reminders)
      .set({ status: 'sent', sentAt: now, leaseUntil: null })
      .where(and(eq(reminders.id, id), eq(reminders.status, 'sending')));
  },

  async markFailed({ id, error, retryAt }) {
    const db = await getDb();
    await db
      .update(reminders)
      .set(
        retryAt
          ? { status: 'pending', nextAttemptAt: retryAt, leaseUntil: null, lastError: error }
          : { status: 'failed', leaseUntil: null, lastError: error },
      )
      .where(and(eq(reminders.id, id), eq(reminders.status, 'sending')));
  },
};

/** What the sweep left behind for one reminder: for tests, benchmarks and support. */
export async function getReminderState({ id }: { id: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ status: reminders.status, attempts: reminders.attempts, lastError: reminders.lastError, sentAt: reminders.sentAt })
    .from(reminders)
    .where(eq(reminders.id, id));
  return row ?? null;
}

/**
 * "My data file was ready on <day>": one reminder before it stops being
 * downloadable. Recording a new day replaces a pending reminder for the platform.
 */
export async function scheduleDataFileReminder({
  userId,
  platform,
  readyOn,
  dueAt,
}: {
  userId: string;
  platform: string;
  readyOn: string;
  dueAt: Date;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(reminders)
      .set({ status: 'cancelled' })
      .where(
        and(
          eq(reminders.userId, userId),
          eq(reminders.platform, platform),
          eq(reminders.kind, 'data-file-1-day'),
          eq(reminders.status, 'pending'),
        ),
      );
    await tx.insert(reminders).values({ userId, platform, kind: 'data-file-1-day', readyOn, dueAt, nextAttemptAt: dueAt });
  });
}
