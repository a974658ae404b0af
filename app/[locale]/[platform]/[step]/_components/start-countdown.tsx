'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useRef, useState, type FormEvent } from 'react';
import { browserTimeZone } from '@/lib/client-api/time-zone';
import { useCountdowns } from '@/lib/countdowns/use-countdowns';
import { addDays, checkRequestedOn } from '@/lib/reminders/schedule';
import { todayIn } from '@/lib/validation/countdown-dates';
import { useAnnounce } from '@/app/_components/announcer';
import { DateField } from '@/app/_components/date-field';
import { useProblemMessage } from '@/app/_components/use-problem-message';
import { useHydrated } from '@/app/_components/use-hydrated';
import { QueryProvider } from '@/app/_components/query-provider';

type Props = { platform: string; platformName: string; graceDays: number };

/** "I requested deletion on <date>": starts the countdown to the day it becomes permanent. */
function StartCountdownForm({ platform, platformName, graceDays }: Props) {
  const { items, signedIn, start } = useCountdowns({ [platform]: graceDays });
  const hydrated = useHydrated();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const running = items.find((item) => item.platform === platform);
  const today = hydrated ? todayIn(browserTimeZone()) : undefined;
  const t = useTranslations('countdown');
  const problemMessage = useProblemMessage();
  const format = useFormatter();
  const longDate = (isoDate: string) => format.dateTime(new Date(`${isoDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const requestedOn = String(new FormData(event.currentTarget).get('requestedOn') ?? '');
    const problem = checkRequestedOn({ requestedOn, today: todayIn(browserTimeZone()), graceDays });
    if (problem) {
      setError(problemMessage(problem));
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setError(null);
    try {
      await start.mutateAsync({ platform, requestedOn });
      announce(t('started', { platform: platformName, date: longDate(addDays(requestedOn, graceDays)) }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('failed'));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <section className="card" aria-labelledby="countdown-heading">
      <h2 id="countdown-heading">{t('heading')}</h2>
      <p>{t(signedIn ? 'introSignedIn' : 'intro', { platform: platformName, days: graceDays })}</p>
      {running && (
        <p className="status-box" role="status">
          {t.rich('running', {
            date: longDate(running.finalOn),
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => <Link href="/countdowns">{chunks}</Link>,
          })}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <DateField
          label={t('field')}
          name="requestedOn"
          today={today}
          min={today ? addDays(today, -graceDays) : undefined}
          error={error}
          errorRef={errorRef}
        />
        <button type="submit" className="button-primary" disabled={!hydrated || start.isPending}>
          {t('start')}
        </button>
      </form>
      {!signedIn && (
        <p className="muted">
          {t.rich('anonymous', { link: (chunks) => <Link href={`/signin?from=/${platform}`}>{chunks}</Link> })}
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
