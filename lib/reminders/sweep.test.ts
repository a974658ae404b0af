import { describe, expect, it } from 'vitest';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs, sweepReminders, type ClaimedReminder, type ReminderStore } from './sweep';

type Row = ClaimedReminder & {
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'stopped';
  nextAttemptAt: number;
  leaseUntil: number;
  lastError?: string;
};

/** An in-memory store with the same rules as the database one (docs/reminders.md). */
function memoryStore(rows: Row[]): ReminderStore & { rows: Row[] } {
  let tokens = 0;
  const held = (id: string, claimToken: string) =>
    rows.find((row) => row.id === id && row.status === 'sending' && row.claimToken === claimToken);
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
      for (const row of due) {
        tokens += 1;
        Object.assign(row, { status: 'sending', leaseUntil: now.getTime() + leaseMs, attempts: row.attempts + 1, claimToken: `t${tokens}` });
      }
      return due.map((row) => ({ ...row }));
    },
    async confirmClaim({ id, claimToken, now, leaseMs }) {
      const row = held(id, claimToken);
      if (row) row.leaseUntil = now.getTime() + leaseMs;
      return row !== undefined;
    },
    async markSent({ id, claimToken }) {
      const row = held(id, claimToken);
      if (row) Object.assign(row, { status: 'sent', claimToken: '' });
      return row !== undefined;
    },
    async markFailed({ id, claimToken, error, retryAt }) {
      const row = held(id, claimToken);
      if (row) {
        Object.assign(
          row,
          retryAt
            ? { status: 'pending', nextAttemptAt: retryAt.getTime(), lastError: error, claimToken: '' }
            : { status: 'failed', lastError: error, claimToken: '' },
        );
      }
      return row !== undefined;
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
  locale: 'en',
  claimToken: '',
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
    expect(result).toEqual({ claimed: 1, sent: 1, retried: 0, gaveUp: 0, skipped: 0 });
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

  it('sends nothing for a claim that ended before the last check (a stop, a cancel)', async () => {
    const store = memoryStore([row('r', 0)]);
    const stopping: ReminderStore = {
      ...store,
      async claimDue(options) {
        const claimed = await store.claimDue(options);
        Object.assign(store.rows[0]!, { status: 'stopped', claimToken: '' });
        return claimed;
      },
    };
    const sent: string[] = [];
    const result = await sweepReminders({ now: () => new Date(0), store: stopping, deliver: async (r) => void sent.push(r.id) });
    expect(result).toEqual({ claimed: 1, sent: 0, retried: 0, gaveUp: 0, skipped: 1 });
    expect(sent).toEqual([]);
    expect(store.rows[0]?.status).toBe('stopped');
  });

  it('lets a sender whose claim was taken over record nothing: the new holder decides', async () => {
    const store = memoryStore([row('r', 0)]);
    // A slow sender: while it is "sending", its lease runs out and another sweep takes the reminder.
    const result = await sweepReminders({
      now: () => new Date(0),
      store,
      deliver: async () => {
        await store.claimDue({ now: new Date(LEASE_MS), limit: 10, leaseMs: LEASE_MS });
        throw new Error('socket timeout');
      },
    });
    expect(result).toMatchObject({ claimed: 1, retried: 0, skipped: 1 });
    expect(store.rows[0]).toMatchObject({ status: 'sending', attempts: 2, claimToken: 't2' });
  });

  it('never puts a message the server accepted back for a retry when recording it fails', async () => {
    const store = memoryStore([row('r', 0)]);
    const failing: ReminderStore = { ...store, markSent: async () => Promise.reject(new Error('database gone')) };
    await expect(sweepReminders({ now: () => new Date(0), store: failing, deliver: async () => {} })).rejects.toThrow('database gone');
    expect(store.rows[0]).toMatchObject({ status: 'sending', attempts: 1 });
  });

  it('renews the lease right before each send', async () => {
    const store = memoryStore([row('a', 0), row('b', 0)]);
    let clock = 0;
    await sweepReminders({
      now: () => new Date(clock),
      store,
      concurrency: 1,
      deliver: async () => {
        expect(store.rows.find((r) => r.status === 'sending')?.leaseUntil).toBe(clock + LEASE_MS);
        clock += LEASE_MS - 1; // each send takes nearly a whole lease
      },
    });
    expect(store.rows.map((r) => r.status)).toEqual(['sent', 'sent']);
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
