/**
 * The reminder sweep, as a pure function of (now, store, deliver): claim what
 * is due, deliver each, record the outcome. Triggers (the in-process timer,
 * `npm run reminders`, the cron route) only call it; the store decides how
 * claims stay exclusive across instances.
 */

export type ClaimedReminder = {
  id: string;
  kind: 'deletion-7-days' | 'deletion-1-day' | 'deletion-final' | 'data-file-1-day';
  platform: string;
  email: string;
  countdownId: string | null;
  requestedOn: string | null;
  finalOn: string | null;
  readyOn: string | null;
  timeZone: string | null;
  /** How many times this reminder has been claimed, this claim included. */
  attempts: number;
};

export interface ReminderStore {
  /** Claims up to `limit` due reminders for `leaseMs`; nobody else can claim them meanwhile. */
  claimDue(options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedReminder[]>;
  markSent(options: { id: string; now: Date }): Promise<void>;
  markFailed(options: { id: string; error: string; retryAt: Date | null }): Promise<void>;
}

export type Deliver = (reminder: ClaimedReminder) => Promise<void>;

export type SweepResult = { claimed: number; sent: number; retried: number; gaveUp: number };

/** Long enough for a slow SMTP server; a sender that crashed frees its claims after this. */
export const LEASE_MS = 5 * 60 * 1000;
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
  const result: SweepResult = { claimed: 0, sent: 0, retried: 0, gaveUp: 0 };

  async function handleOne(reminder: ClaimedReminder) {
    try {
      await deliver(reminder);
      await store.markSent({ id: reminder.id, now: now() });
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = reminder.attempts >= MAX_ATTEMPTS;
      await store.markFailed({
        id: reminder.id,
        error: message.slice(0, 500),
        retryAt: giveUp ? null : new Date(now().getTime() + retryDelayMs(reminder.attempts)),
      });
      if (giveUp) result.gaveUp += 1;
      else result.retried += 1;
    }
  }

  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await store.claimDue({ now: now(), limit: batchSize, leaseMs: LEASE_MS });
    if (claimed.length === 0) break;
    result.claimed += claimed.length;
    const queue = [...claimed];
    const workers = Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await handleOne(next);
    });
    await Promise.all(workers);
    if (claimed.length < batchSize) break;
  }
  return result;
}
