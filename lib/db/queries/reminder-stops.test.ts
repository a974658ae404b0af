import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { countdowns, reminders } from '../schema';
import { createPerson } from '../test-setup/users';
import { startCountdown } from './countdowns';
import { cancelDataFileReminder, previewReminderStop, stopReminders } from './reminder-stops';
import { scheduleDataFileReminder } from './reminders';

const DAY = 86_400_000;

async function countdownWithReminders(label: string) {
  const person = await createPerson(label);
  const now = Date.now();
  const { id } = await startCountdown({
    userId: person.id,
    platform: 'tiktok',
    requestedOn: '2026-11-01',
    finalOn: '2026-12-01',
    timeZone: 'Europe/Berlin',
    schedule: [
      { kind: 'deletion-7-days', dueAt: new Date(now - DAY) },
      { kind: 'deletion-1-day', dueAt: new Date(now + DAY) },
      { kind: 'deletion-final', dueAt: new Date(now + 2 * DAY) },
    ],
  });
  const db = await getDb();
  const rows = await db.select({ id: reminders.id }).from(reminders).where(eq(reminders.countdownId, id)).orderBy(asc(reminders.dueAt));
  // One sent already, one in the hands of a sender right now, one still waiting.
  await db.update(reminders).set({ status: 'sent', sentAt: new Date() }).where(eq(reminders.id, rows[0]!.id));
  await db.update(reminders).set({ status: 'sending' }).where(eq(reminders.id, rows[1]!.id));
  return { person, countdownId: id };
}

async function statusesOf(countdownId: string) {
  const db = await getDb();
  const rows = await db
    .select({ status: reminders.status })
    .from(reminders)
    .where(eq(reminders.countdownId, countdownId))
    .orderBy(asc(reminders.dueAt));
  return rows.map((row) => row.status);
}

async function dataFileReminder(label: string) {
  const person = await createPerson(label);
  await scheduleDataFileReminder({ userId: person.id, platform: 'tiktok', readyOn: '2026-11-20', dueAt: new Date(Date.now() + DAY) });
  const db = await getDb();
  const [row] = await db.select({ id: reminders.id }).from(reminders).where(eq(reminders.userId, person.id));
  return { person, reminderId: row!.id };
}

async function reminderStatus(id: string) {
  const db = await getDb();
  const [row] = await db.select({ status: reminders.status }).from(reminders).where(eq(reminders.id, id));
  return row?.status;
}

describe('a countdown’s stop link', () => {
  it('is previewed without changing anything: what is still to come, soonest first, in the countdown’s zone', async () => {
    const { countdownId } = await countdownWithReminders('stop-preview');
    const preview = await previewReminderStop({ target: { kind: 'countdown', countdownId } });
    expect(preview).toMatchObject({ platform: 'tiktok', state: 'to-come', timeZone: 'Europe/Berlin' });
    expect(preview!.toCome.map((reminder) => reminder.kind)).toEqual(['deletion-1-day', 'deletion-final']);
    expect(await statusesOf(countdownId)).toEqual(['sent', 'sending', 'pending']);
  });

  it('stops every reminder still to come, one being sent included; what was sent stays sent', async () => {
    const { countdownId } = await countdownWithReminders('stop-countdown');
    expect(await stopReminders({ target: { kind: 'countdown', countdownId } })).toEqual({ platform: 'tiktok' });
    expect(await statusesOf(countdownId)).toEqual(['sent', 'stopped', 'stopped']);
    expect(await previewReminderStop({ target: { kind: 'countdown', countdownId } })).toMatchObject({ state: 'stopped', toCome: [] });
  });

  it('keeps the first stop’s time when stopped again', async () => {
    const { countdownId } = await countdownWithReminders('stop-twice');
    const db = await getDb();
    const stoppedAt = async () =>
      (await db.select({ at: countdowns.remindersStopped }).from(countdowns).where(eq(countdowns.id, countdownId)))[0]!.at;
    await stopReminders({ target: { kind: 'countdown', countdownId } });
    const first = await stoppedAt();
    expect(first).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await stopReminders({ target: { kind: 'countdown', countdownId } })).toEqual({ platform: 'tiktok' });
    expect(await stoppedAt()).toEqual(first);
  });

  it('has nothing left to stop once every reminder went out', async () => {
    const { countdownId } = await countdownWithReminders('stop-nothing-left');
    const db = await getDb();
    await db.update(reminders).set({ status: 'sent' }).where(eq(reminders.countdownId, countdownId));
    expect(await previewReminderStop({ target: { kind: 'countdown', countdownId } })).toMatchObject({ state: 'nothing-left', toCome: [] });
  });
});

describe('a data-file reminder’s stop link', () => {
  it('is previewed without changing anything, then stops that one reminder', async () => {
    const { reminderId } = await dataFileReminder('stop-data-file');
    const target = { kind: 'data-file', reminderId } as const;
    const preview = await previewReminderStop({ target });
    expect(preview).toMatchObject({ platform: 'tiktok', state: 'to-come', timeZone: null });
    expect(preview!.toCome).toEqual([{ kind: 'data-file-1-day', dueAt: expect.any(Date) }]);
    expect(await reminderStatus(reminderId)).toBe('pending');

    expect(await stopReminders({ target })).toEqual({ platform: 'tiktok' });
    expect(await reminderStatus(reminderId)).toBe('stopped');
    expect(await previewReminderStop({ target })).toMatchObject({ state: 'stopped', toCome: [] });
  });

  it('leaves a reminder that was already sent as it is', async () => {
    const { reminderId } = await dataFileReminder('stop-data-file-sent');
    const db = await getDb();
    await db.update(reminders).set({ status: 'sent', sentAt: new Date() }).where(eq(reminders.id, reminderId));
    const target = { kind: 'data-file', reminderId } as const;
    expect(await previewReminderStop({ target })).toMatchObject({ state: 'nothing-left' });
    expect(await stopReminders({ target })).toEqual({ platform: 'tiktok' });
    expect(await reminderStatus(reminderId)).toBe('sent');
  });

  it('cannot reach a countdown’s reminder by its id', async () => {
    const { countdownId } = await countdownWithReminders('stop-wrong-kind');
    const db = await getDb();
    const [pending] = await db.select({ id: reminders.id }).from(reminders).where(eq(reminders.countdownId, countdownId));
    const target = { kind: 'data-file', reminderId: pending!.id } as const;
    expect(await previewReminderStop({ target })).toBeNull();
    expect(await stopReminders({ target })).toBeNull();
  });
});

describe('stop links to nothing', () => {
  it('are null, and change nothing', async () => {
    const missing = crypto.randomUUID();
    expect(await previewReminderStop({ target: { kind: 'countdown', countdownId: missing } })).toBeNull();
    expect(await stopReminders({ target: { kind: 'countdown', countdownId: missing } })).toBeNull();
    expect(await previewReminderStop({ target: { kind: 'data-file', reminderId: missing } })).toBeNull();
    expect(await stopReminders({ target: { kind: 'data-file', reminderId: missing } })).toBeNull();
  });
});

describe('cancelling a data-file reminder from the download step', () => {
  it('reaches only the person’s own, and only once', async () => {
    const { person, reminderId } = await dataFileReminder('cancel-data-file');
    const stranger = await createPerson('cancel-data-file-stranger');
    expect(await cancelDataFileReminder({ userId: stranger.id, platform: 'tiktok' })).toBe(false);
    expect(await reminderStatus(reminderId)).toBe('pending');
    expect(await cancelDataFileReminder({ userId: person.id, platform: 'instagram' })).toBe(false);

    expect(await cancelDataFileReminder({ userId: person.id, platform: 'tiktok' })).toBe(true);
    expect(await reminderStatus(reminderId)).toBe('cancelled');
    expect(await cancelDataFileReminder({ userId: person.id, platform: 'tiktok' })).toBe(false);
  });
});
