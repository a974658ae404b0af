'use client';

import { useMutation } from '@tanstack/react-query';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useRef, useState, type FormEvent } from 'react';
import { browserTimeZone } from '@/lib/countdowns/use-countdowns';
import { useSignedInEmail } from '@/lib/progress/progress-context';
import { fetchJson } from '@/lib/queries/fetch-json';
import { todayIn } from '@/lib/validation/countdown-dates';
import { useAnnounce } from '../../../_components/announcer';
import { DateField } from '../../../_components/date-field';
import { useHydrated } from '../../../_components/use-hydrated';
import { QueryProvider } from '../../../_components/query-provider';

type Props = { platform: string; platformName: string; availableDays: number };

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));

/** "My data file was ready on <day>": an email before the platform stops offering it. */
function DataFileReminderForm({ platform, platformName, availableDays }: Props) {
  const email = useSignedInEmail();
  const hydrated = useHydrated();
  const announce = useAnnounce();
  const errorRef = useRef<HTMLParagraphElement>(null);
  const [error, setError] = useState<string | null>(null);
  const schedule = useMutation({
    mutationFn: (readyOn: string) =>
      fetchJson<{ dueAt: string }>('/api/reminders/data-file', {
        method: 'POST',
        body: JSON.stringify({ platform, readyOn, timeZone: browserTimeZone() }),
      }),
  });
  const today = hydrated ? todayIn(browserTimeZone()) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const readyOn = String(new FormData(event.currentTarget).get('readyOn') ?? '');
    setError(null);
    try {
      const { dueAt } = await schedule.mutateAsync(readyOn);
      announce(`Reminder set for ${dateTime(dueAt)}.`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The reminder could not be set. Please try again.');
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <section className="card" aria-labelledby="data-file-reminder-heading">
      <h2 id="data-file-reminder-heading">Don’t miss the download</h2>
      <p>
        {platformName} keeps your data file for {availableDays} days once it is ready. Tell us the day it was ready and
        we email you the day before it goes.
      </p>
      {!email ? (
        <p>
          <Link href={`/signin?from=/${platform}`}>Sign in</Link> to get this reminder by email.
        </p>
      ) : schedule.data ? (
        <p className="status-box" role="status">
          We will remind you on {dateTime(schedule.data.dueAt)}.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <DateField label="My data file was ready on" name="readyOn" today={today} error={error} errorRef={errorRef} />
          <button type="submit" disabled={!hydrated || schedule.isPending}>
            Remind me before it expires
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
