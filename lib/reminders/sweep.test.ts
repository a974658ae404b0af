import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryDelayMs, sweepReminders, type ClaimedReminder, type ReminderStore } from './sweep';

type Row = ClaimedReminder & { status: 'pending' | 'sending' | 'sent' | 'failed'; nextAttemptAt: number; leaseUntil: number; lastError?: string };

/** An in-memory store with the same claim rules as the database one. */
function memoryStore(rows: Row[]): ReminderStore & { rows: Row[] } {
  return {
    rows,
    async claimDue({ now, limit, leaseMs }) {
      const due = rows
        .filter(
          (row) =>
            (row.status === 'pending' && row.nextAttemptAt <= now.getTime()) ||
            (row.status === 'sending' && row.leaseUntil <= now.getTime()),
        )
        .slice(0, limit);
      for (const row of due) Object.assign(row, { status: 'sending', leaseUntil: now.getTime() + leaseMs, attempts: row.attempts + 1 });
      return due.map((row) => ({ ...row }));
    },
    async markSent({ id }) {
      Object.assign(rows.find((row) => row.id === id)!, { status: 'sent' });
    },
    async markFailed({ id, error, retryAt }) {
      Object.assign(
        rows.find((row) => row.id === id)!,
        retryAt ? { status: 'pending', nextAttemptAt: retryAt.getTime(), lastError: error } : { status: 'failed', lastError: error },
      );
    },
  };
}

const row = (id: string, dueAt: number): Row => ({
  id,
  kind: 'deletion-7-days',
  platform: 'tiktok',
  email: `${id}@example.test`,
  countdownId: 'c',
  requestedOn: '2026-11-01',
  finalOn: '2026-12-01',
  readyOn: null,
  timeZone: 'UTC',
  attempts: 0,
  status: 'pending',
  nextAttemptAt: dueAt,
  leaseUntil: 0,
});

describe('sweepReminders', () => {
  it('sends what is due, once, and leaves the rest', async () => {
    const now = 1_000_000;
    const store = memoryStore([row('due', now - 1), row('later', now + 60_000)]);
    const sent: string[] = [];
    const result = await sweepReminders({ now: () => new Date(now), store, deliver: async (r) => void sent.push(r.id) });
    expect(result).toEqual({ claimed: 1, sent: 1, retried: 0, gaveUp: 0 });
    expect(sent).toEqual(['due']);
    await sweepReminders({ now: () => new Date(now), store, deliver: async (r) => void sent.push(r.id) });
    expect(sent).toEqual(['due']);
  });

  it('retries a failed send with backoff, keeping the error, then delivers once', async () => {
    let now = 0;
    const store = memoryStore([row('r', 0)]);
    let smtpUp = false;
    const sent: string[] = [];
    const deliver = async (r: ClaimedReminder) => {
      if (!smtpUp) throw new Error('connect ECONNREFUSED 127.0.0.1:2525');
      sent.push(r.id);
    };
    expect(await sweepReminders({ now: () => new Date(now), store, deliver })).toMatchObject({ retried: 1 });
    expect(store.rows[0]).toMatchObject({ status: 'pending', lastError: 'connect ECONNREFUSED 127.0.0.1:2525', nextAttemptAt: 60_000 });
    now = 30_000;
    smtpUp = true;
    expect(await sweepReminders({ now: () => new Date(now), store, deliver })).toMatchObject({ claimed: 0 });
    now = 60_000;
    expect(await sweepReminders({ now: () => new Date(now), store, deliver })).toMatchObject({ sent: 1 });
    expect(sent).toEqual(['r']);
  });

  it('gives up after the last attempt', async () => {
    const store = memoryStore([{ ...row('r', 0), attempts: MAX_ATTEMPTS - 1 }]);
    const result = await sweepReminders({
      now: () => new Date(0),
      store,
      deliver: async () => Promise.reject(new Error('mailbox unavailable')),
    });
    expect(result).toMatchObject({ gaveUp: 1 });
    expect(store.rows[0]?.status).toBe('failed');
  });

  it('resends a reminder whose sender crashed before marking it, after the lease', async () => {
    const store = memoryStore([row('r', 0)]);
    // A sender claims it and dies before markSent.
    await store.claimDue({ now: new Date(0), limit: 10, leaseMs: 5 * 60_000 });
    const sent: string[] = [];
    const deliver = async (r: ClaimedReminder) => void sent.push(r.id);
    expect(await sweepReminders({ now: () => new Date(60_000), store, deliver })).toMatchObject({ claimed: 0 });
    expect(await sweepReminders({ now: () => new Date(5 * 60_000), store, deliver })).toMatchObject({ sent: 1 });
    expect(sent).toEqual(['r']);
  });

  it('works through more than one batch', async () => {
    const store = memoryStore(Array.from({ length: 25 }, (_, index) => row(`r${index}`, 0)));
    const result = await sweepReminders({ now: () => new Date(0), store, deliver: async () => {}, batchSize: 10 });
    expect(result).toMatchObject({ claimed: 25, sent: 25 });
  });

  it('backs off exponentially, capped at six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60 * 1000);
  });
});
