import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { StopTarget } from '@/lib/reminders/stop-token';
import { getDb } from '../client';
import { countdowns, reminders } from '../schema';
import { endReminders, OPEN_REMINDER_STATUSES } from './end-reminders';

type ReminderKind = (typeof reminders.$inferSelect)['kind'];

/** Ended without being sent, whoever ended it: nothing more goes out for it. */
const ENDED_UNSENT: readonly string[] = ['cancelled', 'stopped'];

export type ReminderStopPreview = {
  platform: string;
  /** `to-come`: something would stop; `stopped`: already stopped; `nothing-left`: every email was sent or cancelled. */
  state: 'to-come' | 'stopped' | 'nothing-left';
  /** The reminders a stop would end, soonest first; empty unless `to-come`. */
  toCome: { kind: ReminderKind; dueAt: Date }[];
  /** The zone the reminders go out in: a countdown's; data-file reminders keep none. */
  timeZone: string | null;
};

async function previewCountdown({ countdownId }: { countdownId: string }): Promise<ReminderStopPreview | null> {
  const db = await getDb();
  const [countdown] = await db
    .select({ platform: countdowns.platform, timeZone: countdowns.timeZone, remindersStopped: countdowns.remindersStopped })
    .from(countdowns)
    .where(eq(countdowns.id, countdownId));
  if (!countdown) return null;
  const toCome = await db
    .select({ kind: reminders.kind, dueAt: reminders.dueAt })
    .from(reminders)
    .where(and(eq(reminders.countdownId, countdownId), inArray(reminders.status, [...OPEN_REMINDER_STATUSES])))
    .orderBy(asc(reminders.dueAt));
  const state = countdown.remindersStopped ? 'stopped' : toCome.length > 0 ? 'to-come' : 'nothing-left';
  return { platform: countdown.platform, timeZone: countdown.timeZone, state, toCome: state === 'to-come' ? toCome : [] };
}

/** A data-file reminder is the one kind that belongs to no countdown. */
const isDataFileReminder = (reminderId: string) => and(eq(reminders.id, reminderId), isNull(reminders.countdownId));

async function previewDataFile({ reminderId }: { reminderId: string }): Promise<ReminderStopPreview | null> {
  const db = await getDb();
  const [reminder] = await db
    .select({ platform: reminders.platform, kind: reminders.kind, status: reminders.status, dueAt: reminders.dueAt })
    .from(reminders)
    .where(isDataFileReminder(reminderId));
  if (!reminder) return null;
  const open = (OPEN_REMINDER_STATUSES as readonly string[]).includes(reminder.status);
  const state = open ? 'to-come' : ENDED_UNSENT.includes(reminder.status) ? 'stopped' : 'nothing-left';
  return {
    platform: reminder.platform,
    timeZone: null,
    state,
    toCome: open ? [{ kind: reminder.kind, dueAt: reminder.dueAt }] : [],
  };
}

/** What the stop link would stop, read without changing anything (mail scanners open links too); null when it is gone. */
export async function previewReminderStop({ target }: { target: StopTarget }): Promise<ReminderStopPreview | null> {
  return target.kind === 'countdown'
    ? previewCountdown({ countdownId: target.countdownId })
    : previewDataFile({ reminderId: target.reminderId });
}

/**
 * Stops what a stop link names: a countdown's reminders (the countdown itself
 * stays, marked as having its reminders stopped) or one data-file reminder.
 * One being sent right now is stopped too. Stopping twice changes nothing
 * more. Null when there is nothing by that id (deleted with the person's data).
 */
export async function stopReminders({ target }: { target: StopTarget }): Promise<{ platform: string } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (target.kind === 'countdown') {
      // The first stop's time is kept: a second press (or a provider's retry) is not a new decision.
      await tx
        .update(countdowns)
        .set({ remindersStopped: new Date() })
        .where(and(eq(countdowns.id, target.countdownId), isNull(countdowns.remindersStopped)));
      const [countdown] = await tx.select({ platform: countdowns.platform }).from(countdowns).where(eq(countdowns.id, target.countdownId));
      if (!countdown) return null;
      await endReminders(tx, { status: 'stopped', where: eq(reminders.countdownId, target.countdownId) });
      return countdown;
    }
    const [reminder] = await tx.select({ platform: reminders.platform }).from(reminders).where(isDataFileReminder(target.reminderId));
    if (!reminder) return null;
    await endReminders(tx, { status: 'stopped', where: eq(reminders.id, target.reminderId) });
    return reminder;
  });
}

/** "Cancel reminder" on the download step: the person's open data-file reminder for the platform; false when there is none. */
export async function cancelDataFileReminder({ userId, platform }: { userId: string; platform: string }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cancelled = await endReminders(tx, {
      status: 'cancelled',
      where: and(eq(reminders.userId, userId), eq(reminders.platform, platform), eq(reminders.kind, 'data-file-1-day')),
    });
    return cancelled > 0;
  });
}
