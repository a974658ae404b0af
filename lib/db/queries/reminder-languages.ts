import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/content/locales';
import { getDb } from '../client';
import { reminders } from '../schema';
import { OPEN_REMINDER_STATUSES } from './end-reminders';

/** One countdown's reminders, or one data-file reminder, still to be sent, and the languages they are written in. */
export type ReminderLanguage = { what: 'countdown' | 'dataFile'; platform: string; locales: Locale[] };

/** What /account's "Email language" lists: the person's emails still to come, soonest first. */
export async function listReminderLanguages({ userId }: { userId: string }): Promise<ReminderLanguage[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: reminders.id, countdownId: reminders.countdownId, platform: reminders.platform, locale: reminders.locale })
    .from(reminders)
    .where(and(eq(reminders.userId, userId), inArray(reminders.status, [...OPEN_REMINDER_STATUSES])))
    .orderBy(asc(reminders.dueAt), asc(reminders.id));
  const groups = new Map<string, ReminderLanguage>();
  for (const row of rows) {
    const key = row.countdownId ?? row.id;
    const group = groups.get(key) ?? { what: row.countdownId ? 'countdown' : 'dataFile', platform: row.platform, locales: [] };
    const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
    if (!group.locales.includes(locale)) group.locales.push(locale);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * "Email language": every reminder of the person still to be sent is written
 * in `locale` from now on. One being sent right now has its words already.
 * Answers how many changed.
 */
export async function setReminderLocale({ userId, locale }: { userId: string; locale: Locale }): Promise<number> {
  const db = await getDb();
  const changed = await db
    .update(reminders)
    .set({ locale })
    .where(and(eq(reminders.userId, userId), inArray(reminders.status, [...OPEN_REMINDER_STATUSES])))
    .returning({ id: reminders.id });
  return changed.length;
}
