'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useRef, useState, type FormEvent } from 'react';
import { useCancelDataFileReminder, useScheduleDataFileReminder } from '@/lib/client-api/data-file-reminders';
import { ApiError } from '@/lib/client-api/fetch-json';
import { browserTimeZone } from '@/lib/client-api/time-zone';
import { useSignedInEmail } from '@/lib/session/session';
import { todayIn } from '@/lib/validation/countdown-dates';
import { useAnnounce } from '@/app/_components/announcer';
import { DateField } from '@/app/_components/date-field';
import { useHydrated } from '@/app/_components/use-hydrated';
import { QueryProvider } from '@/app/_components/query-provider';

type Props = { platform: string; platformName: string; availableDays: number };

/** "My data file was ready on <day>": an email before the platform stops offering it. */
function DataFileReminderForm({ platform, platformName, availableDays }: Props) {
  const email = useSignedInEmail();
  const hydrated = useHydrated();
  const announce = useAnnounce();
  const errorRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancelErrorRef = useRef<HTMLParagraphElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const t = useTranslations('dataFile');
  const format = useFormatter();
  // In the person's own time zone: the reminder is sent at a time of their day.
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'full', timeStyle: 'short', timeZone: browserTimeZone() });
  const schedule = useScheduleDataFileReminder(platform);
  const cancel = useCancelDataFileReminder(platform);
  const today = hydrated ? todayIn(browserTimeZone()) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const readyOn = String(new FormData(event.currentTarget).get('readyOn') ?? '');
    setError(null);
    try {
      const { dueAt } = await schedule.mutateAsync(readyOn);
      announce(t('announce', { date: dateTime(dueAt) }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('failed'));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  async function cancelReminder() {
    setCancelError(null);
    try {
      await cancel.mutateAsync();
      announce(t('cancelled'));
    } catch (caught) {
      // Not found: already cancelled or stopped elsewhere (its stop link, another tab), so it is gone all the same.
      if (!(caught instanceof ApiError && caught.status === 404)) {
        setCancelError(caught instanceof Error ? caught.message : t('cancelFailed'));
        requestAnimationFrame(() => cancelErrorRef.current?.focus());
        return;
      }
      announce(t('alreadyGone'));
    }
    schedule.reset();
    // The button that had focus is gone with the reminder: the section's heading takes it.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  return (
    <section className="card" aria-labelledby="data-file-reminder-heading">
      <h2 id="data-file-reminder-heading" ref={headingRef} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>{t('intro', { platform: platformName, days: availableDays })}</p>
      {!email ? (
        <p>
          {t.rich('signIn', { link: (chunks) => <Link href={`/signin?from=/${platform}`}>{chunks}</Link> })}
        </p>
      ) : schedule.data ? (
        <>
          <p className="status-box" role="status">
            {t('set', { date: dateTime(schedule.data.dueAt) })}
          </p>
          {cancelError && (
            <p className="field-error" ref={cancelErrorRef} tabIndex={-1}>
              {cancelError}
            </p>
          )}
          <button type="button" onClick={() => void cancelReminder()} disabled={cancel.isPending}>
            {t('cancel')}
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DateField label={t('field')} name="readyOn" today={today} error={error} errorRef={errorRef} />
          <button type="submit" disabled={!hydrated || schedule.isPending}>
            {t('submit')}
          </button>
        </form>
      )}
    </section>
  );
}

/** With the query client it talks to the server through. */
export function DataFileReminder(props: Props) {
  return (
    <QueryProvider>
      <DataFileReminderForm {...props} />
    </QueryProvider>
  );
}
