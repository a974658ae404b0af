import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { reminders } from '../schema';
import { createPerson } from '../test-setup/users';
import { startCountdown } from './countdowns';
import { listReminderLanguages, setReminderLocale } from './reminder-languages';
import { scheduleDataFileReminder } from './reminders';

const DAY = 86_400_000;

async function countdownIn(userId: string, locale?: 'en' | 'es') {
  const now = Date.now();
  return startCountdown({
    userId,
    platform: 'tiktok',
    requestedOn: '2026-11-01',
    finalOn: '2026-12-01',
    timeZone: 'Europe/Madrid',
    schedule: [
      { kind: 'deletion-7-days', dueAt: new Date(now + DAY) },
      { kind: 'deletion-1-day', dueAt: new Date(now + 2 * DAY) },
    ],
    ...(locale ? { locale } : {}),
  });
}

async function localesOf(userId: string) {
  const db = await getDb();
  const rows = await db
    .select({ kind: reminders.kind, locale: reminders.locale, status: reminders.status })
    .from(reminders)
    .where(eq(reminders.userId, userId))
    .orderBy(asc(reminders.dueAt));
  return rows.map((row) => `${row.kind} ${row.status} ${row.locale}`);
}

describe('the language stored with reminders', () => {
  it('is the one the countdown or data-file reminder was set up in, English when none is given', async () => {
    const person = await createPerson('locale-stored');
    await countdownIn(person.id, 'es');
    await scheduleDataFileReminder({ userId: person.id, platform: 'instagram', readyOn: '2026-11-20', dueAt: new Date(Date.now() + 3 * DAY), locale: 'es' });
    expect(await localesOf(person.id)).toEqual(['deletion-7-days pending es', 'deletion-1-day pending es', 'data-file-1-day pending es']);

    const older = await createPerson('locale-default');
    await countdownIn(older.id);
    expect(await localesOf(older.id)).toEqual(['deletion-7-days pending en', 'deletion-1-day pending en']);
  });

  it('is listed per countdown and data-file reminder still to come, soonest first', async () => {
    const person = await createPerson('locale-list');
    await countdownIn(person.id, 'es');
    await scheduleDataFileReminder({ userId: person.id, platform: 'instagram', readyOn: '2026-11-20', dueAt: new Date(Date.now() + 3 * DAY), locale: 'en' });
    expect(await listReminderLanguages({ userId: person.id })).toEqual([
      { what: 'countdown', platform: 'tiktok', locales: ['es'] },
      { what: 'dataFile', platform: 'instagram', locales: ['en'] },
    ]);
    expect(await listReminderLanguages({ userId: (await createPerson('locale-none')).id })).toEqual([]);
  });

  it('changes from /account for every reminder still to come, and for nothing already sent or anyone else', async () => {
    const person = await createPerson('locale-change');
    const other = await createPerson('locale-other');
    const { id } = await countdownIn(person.id, 'es');
    await countdownIn(other.id, 'es');
    const db = await getDb();
    const [first] = await db.select({ id: reminders.id }).from(reminders).where(eq(reminders.countdownId, id)).orderBy(asc(reminders.dueAt));
    await db.update(reminders).set({ status: 'sent', sentAt: new Date() }).where(eq(reminders.id, first!.id));

    expect(await setReminderLocale({ userId: person.id, locale: 'en' })).toBe(1);
    expect(await localesOf(person.id)).toEqual(['deletion-7-days sent es', 'deletion-1-day pending en']);
    expect(await localesOf(other.id)).toEqual(['deletion-7-days pending es', 'deletion-1-day pending es']);
    expect(await listReminderLanguages({ userId: person.id })).toEqual([{ what: 'countdown', platform: 'tiktok', locales: ['en'] }]);
  });
});
