import 'server-only';
import { and, inArray, type SQL } from 'drizzle-orm';
import { reminders } from '../schema';
import type { Transaction } from './person-lock';

/** A reminder not sent yet, or being sent right now: what a cancel or a stop still reaches. */
export const OPEN_REMINDER_STATUSES = ['pending', 'sending'] as const;

/**
 * Ends the matching open reminders for good: `cancelled` (the countdown was
 * cancelled or replaced, the data-file reminder replaced) or `stopped` (the
 * stop link). The claim token goes too, so a sender holding one can no longer
 * confirm, mark sent or put the row back for a retry.
 */
export async function endReminders(
  tx: Transaction,
  { status, where }: { status: 'cancelled' | 'stopped'; where: SQL | undefined },
): Promise<number> {
  const ended = await tx
    .update(reminders)
    .set({ status, claimToken: null, leaseUntil: null })
    .where(and(where, inArray(reminders.status, [...OPEN_REMINDER_STATUSES])))
    .returning({ id: reminders.id });
  return ended.length;
}
