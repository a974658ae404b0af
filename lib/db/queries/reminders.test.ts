import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { LEASE_MS, sweepReminders, type ClaimedReminder, type ReminderStore } from '@/lib/reminders/sweep';
import { getDb } from '../client';
import { reminders, users } from '../schema';
import { withOwnDatabase } from '../test-setup/own-database';
import { createPerson } from '../test-setup/users';
import { cancelCountdown, startCountdown } from './countdowns';
import { stopReminders } from './reminder-stops';
import { databaseReminderStore as store, getReminderState, scheduleDataFileReminder } from './reminders';
import { deleteUserData } from './users';

/*
 * Every transition of the reminder state machine (docs/reminders.md), against
 * the real database: PGlite here, PostgreSQL in the second pass. Claims take
 * every due row, so this file has a database of its own and empties the
 * reminders after each test.
 */
withOwnDatabase();

afterEach(async () => {
  await (await getDb()).delete(reminders);
});

const minute = 60_000;
const DUE = new Date('2026-03-01T09:00:00Z');
const at = (minutesAfterDue: number) => new Date(DUE.getTime() + minutesAfterDue * minute);
const KINDS = ['deletion-7-days', 'deletion-1-day', 'deletion-final'] as const;

/** A countdown whose reminders are all due at DUE (one minute apart, in KINDS order). */
async function countdownDue(label: string, count = 1, platform = 'tiktok', userId?: string) {
  const personId = userId ?? (await createPerson(label)).id;
  const { id } = await startCountdown({
    userId: personId,
    platform,
    requestedOn: '2026-02-01',
    finalOn: '2026-03-03',
    timeZone: 'UTC',
    schedule: KINDS.slice(0, count).map((kind, index) => ({ kind, dueAt: new Date(DUE.getTime() - (count - index) * 1000) })),
  });
  return { userId: personId, countdownId: id };
}

async function claimAll(now: Date, limit = 100) {
  return store.claimDue({ now, limit, leaseMs: LEASE_MS });
}

async function claimOne(now: Date): Promise<ClaimedReminder> {
  const [claimed, ...rest] = await claimAll(now);
  expect(rest).toEqual([]);
  if (!claimed) throw new Error('nothing was claimed');
  return claimed;
}

const state = async (id: string) => (await getReminderState({ id }))!;

/** The stop link of a countdown's emails, as the stop route uses it. */
const stopCountdown = (countdownId: string) => stopReminders({ target: { kind: 'countdown', countdownId } });

describe('a reminder from scheduling to a claim', () => {
  it('starts pending, with no claim', async () => {
    await countdownDue('scheduled');
    const [row] = await (await getDb()).select({ id: reminders.id }).from(reminders);
    expect(await state(row!.id)).toMatchObject({ status: 'pending', attempts: 0, claimToken: null, leaseUntil: null });
  });

  it('is claimed once due, with a token and a lease, and not before', async () => {
    await countdownDue('claim');
    expect(await claimAll(at(-1))).toEqual([]);
    const claimed = await claimOne(at(0));
    expect(claimed.claimToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(await state(claimed.id)).toMatchObject({
      status: 'sending',
      attempts: 1,
      claimToken: claimed.claimToken,
      leaseUntil: new Date(at(0).getTime() + LEASE_MS),
    });
  });

  it('gives each reminder a token of its own', async () => {
    await countdownDue('tokens', 3);
    const claimed = await claimAll(at(0));
    expect(claimed).toHaveLength(3);
    expect(new Set(claimed.map((reminder) => reminder.claimToken)).size).toBe(3);
  });
});

describe('a claim in progress', () => {
  it('is not claimed again while its lease runs; after it, a reclaim issues a new token', async () => {
    await countdownDue('reclaim');
    const first = await claimOne(at(0));
    expect(await claimAll(new Date(at(0).getTime() + LEASE_MS - 1))).toEqual([]);
    const second = await claimOne(new Date(at(0).getTime() + LEASE_MS));
    expect(second).toMatchObject({ id: first.id, attempts: 2 });
    expect(second.claimToken).not.toBe(first.claimToken);
    expect(await state(first.id)).toMatchObject({ status: 'sending', claimToken: second.claimToken });
  });

  it('makes every write with the old token a no-op once reclaimed', async () => {
    await countdownDue('stale');
    const stale = await claimOne(at(0));
    const current = await claimOne(new Date(at(0).getTime() + LEASE_MS));
    const before = await state(stale.id);
    const old = { id: stale.id, claimToken: stale.claimToken };
    expect(await store.confirmClaim({ ...old, now: at(4), leaseMs: LEASE_MS })).toBe(false);
    expect(await store.markSent({ ...old, now: at(4) })).toBe(false);
    expect(await store.markFailed({ ...old, error: 'late', retryAt: at(10) })).toBe(false);
    expect(await store.markFailed({ ...old, error: 'late', retryAt: null })).toBe(false);
    expect(await state(stale.id)).toEqual(before);
    // The current holder is unaffected.
    expect(await store.markSent({ id: current.id, claimToken: current.claimToken, now: at(5) })).toBe(true);
    expect(await state(current.id)).toMatchObject({ status: 'sent', claimToken: null, leaseUntil: null });
  });

  it('is renewed by the last check, for the current claim only', async () => {
    await countdownDue('confirm');
    const claimed = await claimOne(at(0));
    expect(await store.confirmClaim({ id: claimed.id, claimToken: claimed.claimToken, now: at(2), leaseMs: LEASE_MS })).toBe(true);
    expect(await state(claimed.id)).toMatchObject({ status: 'sending', leaseUntil: new Date(at(2).getTime() + LEASE_MS) });
    // The renewed lease holds off a reclaim that the first lease would have allowed.
    expect(await claimAll(new Date(at(0).getTime() + LEASE_MS))).toEqual([]);
    expect(await store.confirmClaim({ id: claimed.id, claimToken: 'made-up', now: at(2), leaseMs: LEASE_MS })).toBe(false);
  });

  it('is marked sent by its holder, once', async () => {
    await countdownDue('sent');
    const claimed = await claimOne(at(0));
    const claim = { id: claimed.id, claimToken: claimed.claimToken };
    expect(await store.markSent({ ...claim, now: at(1) })).toBe(true);
    expect(await state(claimed.id)).toMatchObject({ status: 'sent', sentAt: at(1), claimToken: null, leaseUntil: null });
    expect(await store.markSent({ ...claim, now: at(2) })).toBe(false);
    expect(await store.markFailed({ ...claim, error: 'late', retryAt: at(3) })).toBe(false);
    expect(await state(claimed.id)).toMatchObject({ status: 'sent', sentAt: at(1) });
  });

  it('goes back to pending for a retry, then is claimed under a new token when due again', async () => {
    await countdownDue('retry');
    const first = await claimOne(at(0));
    expect(await store.markFailed({ id: first.id, claimToken: first.claimToken, error: 'ECONNREFUSED', retryAt: at(1) })).toBe(true);
    expect(await state(first.id)).toMatchObject({ status: 'pending', lastError: 'ECONNREFUSED', claimToken: null, leaseUntil: null });
    expect(await claimAll(new Date(at(1).getTime() - 1))).toEqual([]);
    const again = await claimOne(at(1));
    expect(again).toMatchObject({ id: first.id, attempts: 2 });
    expect(again.claimToken).not.toBe(first.claimToken);
  });

  it('fails for good when the sweep gives up, and is never claimed again', async () => {
    await countdownDue('give-up');
    const claimed = await claimOne(at(0));
    expect(await store.markFailed({ id: claimed.id, claimToken: claimed.claimToken, error: 'mailbox unavailable', retryAt: null })).toBe(true);
    expect(await state(claimed.id)).toMatchObject({ status: 'failed', lastError: 'mailbox unavailable', claimToken: null });
    expect(await claimAll(at(60 * 24 * 365))).toEqual([]);
  });

  it('fails at once for a person with no email address, instead of being reclaimed forever', async () => {
    const db = await getDb();
    const [nobody] = await db.insert(users).values({ email: null }).returning({ id: users.id });
    await countdownDue('no-email', 1, 'tiktok', nobody!.id);
    expect(await claimAll(at(0))).toEqual([]);
    const [row] = await db.select({ id: reminders.id }).from(reminders).where(eq(reminders.userId, nobody!.id));
    expect(await state(row!.id)).toMatchObject({ status: 'failed', lastError: 'The person has no email address.' });
  });
});

describe('stop and cancel: final, from pending and from sending', () => {
  /** One reminder claimed (sending), the others still pending. */
  async function halfClaimed(label: string) {
    const countdown = await countdownDue(label, 3);
    const [sending] = await store.claimDue({ now: at(0), limit: 1, leaseMs: LEASE_MS });
    const all = await (await getDb())
      .select({ id: reminders.id })
      .from(reminders)
      .where(eq(reminders.countdownId, countdown.countdownId));
    return { ...countdown, sending: sending!, ids: all.map((row) => row.id) };
  }

  async function expectEndedAndFenced(ids: string[], sending: ClaimedReminder, status: 'stopped' | 'cancelled') {
    for (const id of ids) expect(await state(id)).toMatchObject({ status, claimToken: null, leaseUntil: null });
    const claim = { id: sending.id, claimToken: sending.claimToken };
    expect(await store.confirmClaim({ ...claim, now: at(1), leaseMs: LEASE_MS })).toBe(false);
    expect(await store.markSent({ ...claim, now: at(1) })).toBe(false);
    // markFailed never resurrects a final row, neither as a retry nor as failed.
    expect(await store.markFailed({ ...claim, error: 'timeout', retryAt: at(2) })).toBe(false);
    expect(await store.markFailed({ ...claim, error: 'timeout', retryAt: null })).toBe(false);
    for (const id of ids) expect((await state(id)).status).toBe(status);
    const muchLater = await claimAll(at(60 * 24 * 365));
    for (const reminder of muchLater) expect(ids).not.toContain(reminder.id);
  }

  it('the stop link stops every reminder of the countdown, the one being sent included', async () => {
    const { countdownId, sending, ids } = await halfClaimed('stop');
    expect(await stopCountdown(countdownId)).toEqual({ platform: 'tiktok' });
    await expectEndedAndFenced(ids, sending, 'stopped');
  });

  it('cancelling the countdown cancels them all, the one being sent included', async () => {
    const { userId, countdownId, sending, ids } = await halfClaimed('cancel');
    expect(await cancelCountdown({ userId, id: countdownId })).toBe(true);
    await expectEndedAndFenced(ids, sending, 'cancelled');
  });

  it('replacing the countdown cancels the old one’s, the one being sent included', async () => {
    const { userId, sending, ids } = await halfClaimed('replace');
    const replacement = await countdownDue('replace', 1, 'tiktok', userId);
    const [fresh] = await (await getDb())
      .select({ status: reminders.status })
      .from(reminders)
      .where(eq(reminders.countdownId, replacement.countdownId));
    expect(fresh).toEqual({ status: 'pending' });
    await expectEndedAndFenced(ids, sending, 'cancelled');
  });

  it('the stop link of a data-file reminder stops it, while it is being sent too', async () => {
    const { id: userId } = await createPerson('data-file-stop');
    await scheduleDataFileReminder({ userId, platform: 'tiktok', readyOn: '2026-02-20', dueAt: DUE });
    const sending = await claimOne(at(0));
    expect(await stopReminders({ target: { kind: 'data-file', reminderId: sending.id } })).toEqual({ platform: 'tiktok' });
    await expectEndedAndFenced([sending.id], sending, 'stopped');
  });

  it('recording the data file again replaces its reminder, one being sent included', async () => {
    const { id: userId } = await createPerson('data-file');
    await scheduleDataFileReminder({ userId, platform: 'tiktok', readyOn: '2026-02-20', dueAt: DUE });
    const sending = await claimOne(at(0));
    await scheduleDataFileReminder({ userId, platform: 'tiktok', readyOn: '2026-02-25', dueAt: at(60) });
    const rows = await (await getDb())
      .select({ status: reminders.status, readyOn: reminders.readyOn })
      .from(reminders)
      .where(eq(reminders.userId, userId));
    expect(rows.sort((a, b) => a.readyOn!.localeCompare(b.readyOn!))).toEqual([
      { status: 'cancelled', readyOn: '2026-02-20' },
      { status: 'pending', readyOn: '2026-02-25' },
    ]);
    await expectEndedAndFenced([sending.id], sending, 'cancelled');
  });

  it('a stop leaves what was already sent as sent', async () => {
    const { countdownId } = await countdownDue('sent-then-stop');
    const claimed = await claimOne(at(0));
    await store.markSent({ id: claimed.id, claimToken: claimed.claimToken, now: at(1) });
    await stopCountdown(countdownId);
    expect(await state(claimed.id)).toMatchObject({ status: 'sent', sentAt: at(1) });
  });

  it('"Delete my data" takes the reminders along; the sender finds no claim at its last check', async () => {
    const { userId } = await countdownDue('deleted');
    const claimed = await claimOne(at(0));
    await deleteUserData({ userId });
    expect(await getReminderState({ id: claimed.id })).toBeNull();
    expect(await store.confirmClaim({ id: claimed.id, claimToken: claimed.claimToken, now: at(1), leaseMs: LEASE_MS })).toBe(false);
  });
});

describe('the sweep against the database', () => {
  it('sends nothing when a stop commits between the claim and the last check', async () => {
    const { countdownId } = await countdownDue('last-check');
    const stopAfterClaim: ReminderStore = {
      ...store,
      async claimDue(options) {
        const claimed = await store.claimDue(options);
        await stopCountdown(countdownId);
        return claimed;
      },
    };
    const delivered: string[] = [];
    const result = await sweepReminders({ now: () => at(0), store: stopAfterClaim, deliver: async (r) => void delivered.push(r.id) });
    expect(delivered).toEqual([]);
    expect(result).toEqual({ claimed: 1, sent: 0, retried: 0, gaveUp: 0, skipped: 1 });
    const [row] = await (await getDb()).select({ status: reminders.status }).from(reminders);
    expect(row).toEqual({ status: 'stopped' });
  });

  it('keeps a stop that commits during the send: the message already left, the row stays stopped', async () => {
    const { countdownId } = await countdownDue('stop-during-send');
    const result = await sweepReminders({
      now: () => at(0),
      store,
      deliver: async () => void (await stopCountdown(countdownId)),
    });
    expect(result).toMatchObject({ claimed: 1, sent: 1 });
    const [row] = await (await getDb()).select({ status: reminders.status, sentAt: reminders.sentAt }).from(reminders);
    expect(row).toEqual({ status: 'stopped', sentAt: null });
  });

  it('a failed send after a stop does not bring the reminder back', async () => {
    const { countdownId } = await countdownDue('fail-after-stop');
    const result = await sweepReminders({
      now: () => at(0),
      store,
      deliver: async () => {
        await stopCountdown(countdownId);
        throw new Error('connection lost');
      },
    });
    expect(result).toMatchObject({ claimed: 1, retried: 0, skipped: 1 });
    expect(await claimAll(at(60 * 24))).toEqual([]);
  });
});
