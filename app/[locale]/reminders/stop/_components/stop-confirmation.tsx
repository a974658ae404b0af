import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReminderStopPreview } from '@/lib/db/queries/reminder-stops';

type ReminderKind = ReminderStopPreview['toCome'][number]['kind'];

const KIND_LABEL_KEYS = {
  'deletion-7-days': 'sevenDaysBefore',
  'deletion-1-day': 'oneDayBefore',
  'deletion-final': 'onTheDay',
  'data-file-1-day': 'dataFileLastDay',
} as const satisfies Record<ReminderKind, string>;

type Props = {
  token: string;
  what: 'countdown' | 'dataFile';
  platformName: string;
  toCome: ReminderStopPreview['toCome'];
  timeZone: string | null;
};

/**
 * What the stop link would stop, and the button that does it: a plain form
 * posting to the stop route, so it works before (and without) any script.
 */
export async function StopConfirmation({ token, what, platformName, toCome, timeZone }: Props) {
  const t = await getTranslations('remindersStop');
  const format = await getFormatter();
  // With the zone named: a data-file reminder keeps none, so its time is shown in UTC.
  const when = (dueAt: Date) =>
    format.dateTime(dueAt, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: timeZone ?? 'UTC',
    });
  return (
    <>
      <h1 tabIndex={-1}>{t(`${what}.confirmHeading`, { name: platformName })}</h1>
      <p className="lede">{t(`${what}.toCome`)}</p>
      <ul>
        {toCome.map((reminder) => (
          <li key={`${reminder.kind}-${reminder.dueAt.toISOString()}`}>
            {t('reminderOn', { label: t(`reminderKind.${KIND_LABEL_KEYS[reminder.kind]}`), date: when(reminder.dueAt) })}
          </li>
        ))}
      </ul>
      <form method="post" action="/api/reminders/stop" className="card">
        <input type="hidden" name="token" value={token} />
        <p>{t('onlyTheButton')}</p>
        <button type="submit" className="button-primary">
          {t('stopButton')}
        </button>
      </form>
    </>
  );
}
