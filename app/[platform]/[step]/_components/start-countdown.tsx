'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { useRef, useState, type FormEvent } from 'react';
import { browserTimeZone, useCountdowns } from '@/lib/countdowns/use-countdowns';
import { addDays, checkRequestedOn } from '@/lib/reminders/schedule';
import { todayIn } from '@/lib/validation/countdown-dates';
import { useAnnounce } from '../../../_components/announcer';
import { DateField } from '../../../_components/date-field';
import { useHydrated } from '../../../_components/use-hydrated';
import { QueryProvider } from '../../../_components/query-provider';

type Props = { platform: string; platformName: string; graceDays: number };

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** "I requested deletion on <date>": starts the countdown to the day it becomes permanent. */
function StartCountdownForm({ platform, platformName, graceDays }: Props) {
  const { items, signedIn, start } = useCountdowns({ [platform]: graceDays });
  const hydrated = useHydrated();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const running = items.find((item) => item.platform === platform);
  const today = hydrated ? todayIn(browserTimeZone()) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const requestedOn = String(new FormData(event.currentTarget).get('requestedOn') ?? '');
    const problem = checkRequestedOn({ requestedOn, today: todayIn(browserTimeZone()), graceDays });
    if (problem) {
      setError(problem);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setError(null);
    try {
      await start.mutateAsync({ platform, requestedOn });
      announce(`Countdown started: ${platformName} deletes the account for good on ${longDate(addDays(requestedOn, graceDays))}.`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The countdown could not be started. Please try again.');
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <section className="card" aria-labelledby="countdown-heading">
      <h2 id="countdown-heading">Start the countdown</h2>
      <p>
        After you ask {platformName} to delete your account, it stays deactivated for {graceDays} days, and logging in
        during that time cancels the deletion. Tell us the day you asked, and we count down to the day it becomes
        permanent{signedIn ? ', with email reminders before the end' : ''}.
      </p>
      {running && (
        <p className="status-box" role="status">
          A countdown is running: deleted for good on <strong>{longDate(running.finalOn)}</strong>.{' '}
          <Link href="/countdowns">See your countdown</Link>. Starting again replaces it.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <DateField
          label="I requested deletion on"
          name="requestedOn"
          today={today}
          min={today ? addDays(today, -graceDays) : undefined}
          error={error}
          errorRef={errorRef}
        />
        <button type="submit" className="button-primary" disabled={!hydrated || start.isPending}>
          Start countdown
        </button>
      </form>
      {!signedIn && (
        <p className="muted">
          Without an account the countdown stays in this browser and you can add it to your calendar.{' '}
          <Link href={`/signin?from=/${platform}`}>Sign in</Link> to get email reminders too.
        </p>
      )}
    </section>
  );
}

/** With the query client it talks to the server through. */
export function StartCountdown(props: Props) {
  return (
    <QueryProvider>
      <StartCountdownForm {...props} />
    </QueryProvider>
  );
}
