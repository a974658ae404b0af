import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { DEFAULT_LOCALE, type Locale } from '@/lib/content/locales';
import { getDb } from '../client';
import { mapWriteConflicts } from '../errors';
import { countdowns, reminders } from '../schema';
import { endReminders } from './end-reminders';
import { lockPersonForWrite } from './person-lock';
import type { CountdownView } from '@/lib/types/countdowns';

type ReminderKind = (typeof reminders.$inferInsert)['kind'];

/**
 * Starts a countdown with its reminders. A person has one active countdown
 * per platform: starting again (say, with a corrected date) replaces it, and
 * the replaced countdown's reminders are cancelled, one being sent included.
 * Two starts at once take turns on the person's row; the later one wins.
 * The reminders are written in `locale`, the page's language.
 */
export async function startCountdown({
  userId,
  platform,
  requestedOn,
  finalOn,
  timeZone,
  schedule,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  platform: string;
  requestedOn: string;
  finalOn: string;
  timeZone: string;
  schedule: { kind: ReminderKind; dueAt: Date }[];
  locale?: Locale;
}): Promise<{ id: string }> {
  const db = await getDb();
  return mapWriteConflicts(
    () =>
      db.transaction(async (tx) => {
        await lockPersonForWrite(tx, { userId });
        const previous = await tx
          .update(countdowns)
          .set({ status: 'cancelled', cancelledAt: new Date() })
          .where(and(eq(countdowns.userId, userId), eq(countdowns.platform, platform), eq(countdowns.status, 'active')))
          .returning({ id: countdowns.id });
        if (previous.length > 0) {
          await endReminders(tx, { status: 'cancelled', where: inArray(reminders.countdownId, previous.map((row) => row.id)) });
        }
        const [created] = await tx
          .insert(countdowns)
          .values({ userId, platform, requestedOn, finalOn, timeZone })
          .returning({ id: countdowns.id });
        const id = created!.id;
        if (schedule.length > 0) {
          await tx.insert(reminders).values(
            schedule.map((reminder) => ({
              userId,
              countdownId: id,
              platform,
              kind: reminder.kind,
              locale,
              dueAt: reminder.dueAt,
              nextAttemptAt: reminder.dueAt,
            })),
          );
        }
        return { id };
      }),
    { code: 'countdown_start_conflict' },
  );
}

/** The person's active countdowns, soonest first, with their reminders. */
export async function listCountdowns({ userId }: { userId: string }): Promise<CountdownView[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: countdowns.id,
      platform: countdowns.platform,
      requestedOn: countdowns.requestedOn,
      finalOn: countdowns.finalOn,
      timeZone: countdowns.timeZone,
      remindersStopped: countdowns.remindersStopped,
    })
    .from(countdowns)
    .where(and(eq(countdowns.userId, userId), eq(countdowns.status, 'active')))
    .orderBy(asc(countdowns.finalOn));
  if (rows.length === 0) return [];
  const scheduled = await db
    .select({ countdownId: reminders.countdownId, kind: reminders.kind, dueAt: reminders.dueAt, status: reminders.status })
    .from(reminders)
    .where(and(eq(reminders.userId, userId), inArray(reminders.countdownId, rows.map((row) => row.id))))
    .orderBy(asc(reminders.dueAt));
  return rows.map((row) => ({
    ...row,
    remindersStopped: row.remindersStopped !== null,
    reminders: scheduled
      .filter((reminder) => reminder.countdownId === row.id)
      .map(({ kind, dueAt, status }) => ({ kind, dueAt: dueAt.toISOString(), status })),
  }));
}

/** "I logged back in / changed my mind": the countdown ends and nothing more is sent. */
export async function cancelCountdown({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cancelled = await tx
      .update(countdowns)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(and(eq(countdowns.id, id), eq(countdowns.userId, userId), eq(countdowns.status, 'active')))
      .returning({ id: countdowns.id });
    if (cancelled.length === 0) return false;
    await endReminders(tx, { status: 'cancelled', where: eq(reminders.countdownId, id) });
    return true;
  });
}
