import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/content/locales';
import type { ClaimedReminder, ReminderStore } from '@/lib/reminders/sweep';
import { getDb } from '../client';
import { mapWriteConflicts } from '../errors';
import { countdowns, reminders, users } from '../schema';
import { endReminders } from './end-reminders';
import { lockPersonForWrite } from './person-lock';

/** Only the current claimant: the row is still being sent, under this very claim. */
const heldBy = (id: string, claimToken: string) =>
  and(eq(reminders.id, id), eq(reminders.status, 'sending'), eq(reminders.claimToken, claimToken));

/**
 * The database side of the reminder sweep (docs/reminders.md has the state
 * table). Claims take row locks with FOR UPDATE SKIP LOCKED, so any number
 * of instances can sweep at once and each due reminder goes to one of them;
 * every claim writes a fresh random token, and every later write by the
 * sender names it, so a sender whose claim was taken over changes nothing.
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
        // gen_random_uuid() runs once per row: each reminder gets a token of its own.
        .set({ status: 'sending', leaseUntil, claimToken: sql`gen_random_uuid()::text`, attempts: sql`${reminders.attempts} + 1` })
        .where(inArray(reminders.id, due.map((row) => row.id)))
        .returning({ id: reminders.id, claimToken: reminders.claimToken });
    });
    if (claimed.length === 0) return [];

    const rows = await db
      .select({
        id: reminders.id,
        claimToken: reminders.claimToken,
        kind: reminders.kind,
        platform: reminders.platform,
        email: users.email,
        countdownId: reminders.countdownId,
        requestedOn: countdowns.requestedOn,
        finalOn: countdowns.finalOn,
        timeZone: countdowns.timeZone,
        readyOn: reminders.readyOn,
        locale: reminders.locale,
        attempts: reminders.attempts,
      })
      .from(reminders)
      .innerJoin(users, eq(users.id, reminders.userId))
      .leftJoin(countdowns, eq(countdowns.id, reminders.countdownId))
      .where(inArray(reminders.id, claimed.map((row) => row.id)));
    // Read by the token this claim wrote: a row stopped or taken over since then is not ours any more.
    const tokens = new Map(claimed.map((row) => [row.id, row.claimToken]));
    const ours = rows.filter((row) => row.claimToken !== null && row.claimToken === tokens.get(row.id));
    const unreachable = ours.filter((row) => !row.email);
    for (const row of unreachable) {
      // Retrying cannot give a person an address: fail now instead of reclaiming it forever.
      await db
        .update(reminders)
        .set({ status: 'failed', leaseUntil: null, claimToken: null, lastError: 'The person has no email address.' })
        .where(heldBy(row.id, row.claimToken!));
    }
    return ours.flatMap((row): ClaimedReminder[] =>
      // The column holds only known languages; a value written by hand falls back rather than failing the send.
      row.email ? [{ ...row, email: row.email, claimToken: row.claimToken!, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE }] : [],
    );
  },

  async confirmClaim({ id, claimToken, now, leaseMs }) {
    const db = await getDb();
    const renewed = await db
      .update(reminders)
      .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
      .where(heldBy(id, claimToken))
      .returning({ id: reminders.id });
    return renewed.length > 0;
  },

  async markSent({ id, claimToken, now }) {
    const db = await getDb();
    const marked = await db
      .update(reminders)
      .set({ status: 'sent', sentAt: now, leaseUntil: null, claimToken: null })
      .where(heldBy(id, claimToken))
      .returning({ id: reminders.id });
    return marked.length > 0;
  },

  async markFailed({ id, claimToken, error, retryAt }) {
    const db = await getDb();
    const marked = await db
      .update(reminders)
      .set(
        retryAt
          ? { status: 'pending', nextAttemptAt: retryAt, leaseUntil: null, claimToken: null, lastError: error }
          : { status: 'failed', leaseUntil: null, claimToken: null, lastError: error },
      )
      .where(heldBy(id, claimToken))
      .returning({ id: reminders.id });
    return marked.length > 0;
  },
};

/** What the sweep left behind for one reminder: for tests, benchmarks and support. */
export async function getReminderState({ id }: { id: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      status: reminders.status,
      attempts: reminders.attempts,
      lastError: reminders.lastError,
      sentAt: reminders.sentAt,
      claimToken: reminders.claimToken,
      leaseUntil: reminders.leaseUntil,
    })
    .from(reminders)
    .where(eq(reminders.id, id));
  return row ?? null;
}

/**
 * "My data file was ready on <day>": one reminder before it stops being
 * downloadable. Recording a new day replaces the reminder for the platform
 * that is still to be sent (or being sent). Schedules racing each other take
 * turns on the person's row, and a unique index keeps one open reminder even so.
 * It is written in `locale`, the page's language.
 */
export async function scheduleDataFileReminder({
  userId,
  platform,
  readyOn,
  dueAt,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  platform: string;
  readyOn: string;
  dueAt: Date;
  locale?: Locale;
}): Promise<void> {
  const db = await getDb();
  await mapWriteConflicts(
    () =>
      db.transaction(async (tx) => {
        await lockPersonForWrite(tx, { userId });
        await endReminders(tx, {
          status: 'cancelled',
          where: and(
            eq(reminders.userId, userId),
            eq(reminders.platform, platform),
            eq(reminders.kind, 'data-file-1-day'),
          ),
        });
        await tx.insert(reminders).values({ userId, platform, kind: 'data-file-1-day', readyOn, locale, dueAt, nextAttemptAt: dueAt });
      }),
    { code: 'data_file_reminder_conflict' },
  );
}
