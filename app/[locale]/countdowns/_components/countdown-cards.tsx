'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { IntentLink as Link } from '@/app/_components/intent-link';
import type { Locale } from '@/lib/content/locales';
import { browserTimeZone } from '@/lib/client-api/time-zone';
import type { CountdownItem } from '@/lib/countdowns/browser-countdowns';
import { timeLeft, zonedTimeToUtc, type ReminderKind } from '@/lib/reminders/schedule';
import { useAnnounce } from '@/app/_components/announcer';
import { useHydrated } from '@/app/_components/use-hydrated';

export type PlatformInfo = { name: string; graceDays: number };

const REMINDER_LABELS = {
  'deletion-7-days': 'sevenDaysBefore',
  'deletion-1-day': 'oneDayBefore',
  'deletion-final': 'onTheDay',
} as const satisfies Partial<Record<ReminderKind, string>>;

function reminderLabelKey(kind: ReminderKind) {
  return Object.hasOwn(REMINDER_LABELS, kind) ? REMINDER_LABELS[kind as keyof typeof REMINDER_LABELS] : undefined;
}

/** Dates read the way the page's language writes them (day before month in both). */
const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

/** Ticks once a minute: enough for "days and hours left". */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The shape both hooks give: lib/countdowns/browser-countdowns.ts and use-countdowns.ts. */
type Countdowns = {
  items: CountdownItem[];
  signedIn: boolean;
  loading: boolean;
  cancel: { mutateAsync(item: CountdownItem): Promise<void> };
};

export function graceDaysOf(platforms: Record<string, PlatformInfo>): Record<string, number> {
  return Object.fromEntries(Object.entries(platforms).map(([slug, info]) => [slug, info.graceDays]));
}

/** The list of running countdowns, wherever they are kept. */
export function CountdownCards({ platforms, countdowns: { items, signedIn, loading, cancel } }: { platforms: Record<string, PlatformInfo>; countdowns: Countdowns }) {
  const t = useTranslations('countdownsList');
  const hydrated = useHydrated();
  const announce = useAnnounce();
  const now = useNow();

  if (!hydrated || loading) return <p className="muted">{t('loading')}</p>;
  if (items.length === 0) {
    return <p>{t.rich('empty', { link: (chunks) => <Link href="/tiktok/delete-account">{chunks}</Link> })}</p>;
  }

  return (
    <ul className="countdown-list">
      {items.map((item) => {
        const info = platforms[item.platform];
        const name = info?.name ?? item.platform;
        return (
          <CountdownCard
            key={item.key}
            item={item}
            name={name}
            now={now}
            signedIn={signedIn}
            onCancel={async () => {
              await cancel.mutateAsync(item);
              announce(t('cancelled', { name }));
              document.querySelector<HTMLElement>('main h1')?.focus();
            }}
          />
        );
      })}
    </ul>
  );
}

function CountdownCard({
  item,
  name,
  now,
  signedIn,
  onCancel,
}: {
  item: CountdownItem;
  name: string;
  now: Date;
  signedIn: boolean;
  onCancel: () => Promise<void>;
}) {
  const t = useTranslations('countdownsList');
  const locale = useLocale();
  const timeZone = browserTimeZone();
  // Permanent from the start of the final day where the person is.
  const finalAt = zonedTimeToUtc(item.finalOn, '00:00', timeZone);
  const left = timeLeft(finalAt, now);
  const formatDay = (isoDate: string, dateStyle: 'full' | 'long') =>
    new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle, timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  const finalDay = formatDay(item.finalOn, 'full');
  const reminderList = (reminders: CountdownItem['reminders']) =>
    reminders
      // Ended ones (cancelled, or stopped from an email's link) will not come: only what is sent or still ahead is listed.
      .filter((reminder) => reminder.status !== 'cancelled' && reminder.status !== 'stopped')
      .map((reminder) => {
        const key = reminderLabelKey(reminder.kind);
        const label = key ? t(`reminderKind.${key}`) : reminder.kind;
        return reminder.status === 'sent' ? t('reminderSent', { label }) : label;
      })
      .join(', ');
  const calendarHref = `/api/calendar?platform=${encodeURIComponent(item.platform)}&requestedOn=${item.requestedOn}&timeZone=${encodeURIComponent(timeZone)}`;

  return (
    <li className="card" aria-labelledby={`countdown-${item.key}`}>
      <h2 id={`countdown-${item.key}`}>{name}</h2>
      <p className="countdown-figure">
        <strong>{left.past ? t('permanentNow') : t('timeLeft', { days: left.days, hours: left.hours })}</strong>
      </p>
      <p>
        {t.rich('deletedOn', {
          finalDay,
          requestedDay: formatDay(item.requestedOn, 'long'),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {!left.past && <p className="callout">{t('dontLogIn', { name })}</p>}
      {item.where === 'account' ? (
        item.remindersStopped ? (
          <p className="muted">{t('remindersStopped')}</p>
        ) : (
          <p className="muted">{t('reminders', { list: reminderList(item.reminders) || t('noRemindersLeft') })}</p>
        )
      ) : (
        <p className="muted">
          {t('keptInBrowser')}
          {!signedIn && (
            <>
              {' '}
              {t.rich('signInForReminders', { link: (chunks) => <Link href="/signin?from=/countdowns">{chunks}</Link> })}
            </>
          )}
        </p>
      )}
      <div className="button-row">
        <a className="button" href={calendarHref} download>
          {t('addToCalendar')}
        </a>
        <button type="button" onClick={() => void onCancel()}>
          {t('cancel')}
        </button>
      </div>
      <p className="muted">{t('cancelHint')}</p>
    </li>
  );
}
