import type { Locale } from '@/lib/content/locales';

/**
 * The reminder sweep, as a pure function of (now, store, deliver): claim what
 * is due, deliver each, record the outcome. Triggers (the in-process timer,
 * `npm run reminders`, the cron route) only call it; the store decides how
 * claims stay exclusive across instances.
 */

export type ClaimedReminder = {
  id: string;
  /** This claim's fencing token: every later write about the reminder names it. */
  claimToken: string;
  kind: 'deletion-7-days' | 'deletion-1-day' | 'deletion-final' | 'data-file-1-day';
  platform: string;
  email: string;
  countdownId: string | null;
  requestedOn: string | null;
  finalOn: string | null;
  readyOn: string | null;
  timeZone: string | null;
  /** The language the email is written in. */
  locale: Locale;
  /** How many times this reminder has been claimed, this claim included. */
  attempts: number;
};

/** A claim, as the sender names it when it reports back. */
export type Claim = { id: string; claimToken: string };

/**
 * Where reminders live. A claim is current while the row is `sending` under
 * its token; every method but claimDue changes nothing (and answers false)
 * for a claim that is not current: the reminder was stopped, cancelled,
 * deleted, or claimed again by another sender after the lease ran out.
 */
export interface ReminderStore {
  /** Claims up to `limit` due reminders (pending, or sending with a lease run out), each for `leaseMs`, each under a new token. */
  claimDue(options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedReminder[]>;
  /** The last check before sending: true, with the lease renewed from `now`, only while the claim is current. */
  confirmClaim(options: Claim & { now: Date; leaseMs: number }): Promise<boolean>;
  markSent(options: Claim & { now: Date }): Promise<boolean>;
  /** Back to pending until `retryAt`, or `failed` for good when it is null. */
  markFailed(options: Claim & { error: string; retryAt: Date | null }): Promise<boolean>;
}

export type Deliver = (reminder: ClaimedReminder) => Promise<void>;

/** `skipped`: claimed, then not this sweep's to send or to record any more (stopped, cancelled or taken over). */
export type SweepResult = { claimed: number; sent: number; retried: number; gaveUp: number; skipped: number };

/**
 * Each message's lease, renewed right before it goes to SMTP. Longer than
 * the transport's timeouts together (connection, greeting, then a silent
 * socket: 30 s + 30 s + 60 s, set in lib/email/send.ts), so a send that is
 * still under way has not lost its claim; a sender that crashed frees it after this.
 */
export const LEASE_MS = 3 * 60 * 1000;
export const MAX_ATTEMPTS = 8;

/** 1, 2, 4 … minutes, at most 6 hours: a mail server that is down for a while is not hammered. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 6 * 60 * 60 * 1000);
}

export async function sweepReminders({
  now,
  store,
  deliver,
  batchSize = 100,
  maxBatches = 1000,
  concurrency = 8,
}: {
  now: () => Date;
  store: ReminderStore;
  deliver: Deliver;
  batchSize?: number;
  maxBatches?: number;
  /** Deliveries in flight at once: mail servers answer slowly, one at a time would crawl. */
  concurrency?: number;
}): Promise<SweepResult> {
  const result: SweepResult = { claimed: 0, sent: 0, retried: 0, gaveUp: 0, skipped: 0 };

  async function handleOne(reminder: ClaimedReminder) {
    const claim: Claim = { id: reminder.id, claimToken: reminder.claimToken };
    // The last check, and the lease renewed for this one send: a stop or cancel that
    // committed before it wins, and so does another sender that took the claim over.
    if (!(await store.confirmClaim({ ...claim, now: now(), leaseMs: LEASE_MS }))) {
      result.skipped += 1;
      return;
    }
    try {
      await deliver(reminder);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = reminder.attempts >= MAX_ATTEMPTS;
      const recorded = await store.markFailed({
        ...claim,
        error: message.slice(0, 500),
        retryAt: giveUp ? null : new Date(now().getTime() + retryDelayMs(reminder.attempts)),
      });
      if (!recorded) result.skipped += 1;
      else if (giveUp) result.gaveUp += 1;
      else result.retried += 1;
      return;
    }
    // Outside the try: a message the server accepted must never be put back for a retry.
    // If the claim ended meanwhile (a stop during the send), the row keeps its final state.
    await store.markSent({ ...claim, now: now() });
    result.sent += 1;
  }

  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await store.claimDue({ now: now(), limit: batchSize, leaseMs: LEASE_MS });
    if (claimed.length === 0) break;
    result.claimed += claimed.length;
    const queue = [...claimed];
    const workers = Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await handleOne(next);
    });
    // Every worker finishes before the sweep reports a failure: none is left running behind it.
    const outcomes = await Promise.allSettled(workers);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    if (claimed.length < batchSize) break;
  }
  return result;
}
