'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { useEffect, useState } from 'react';
import { browserTimeZone, useCountdowns, type CountdownItem } from '@/lib/countdowns/use-countdowns';
import { timeLeft, zonedTimeToUtc } from '@/lib/reminders/schedule';
import { useAnnounce } from '../../_components/announcer';
import { useHydrated } from '../../_components/use-hydrated';
import { QueryProvider } from '../../_components/query-provider';

type PlatformInfo = { name: string; graceDays: number };

const REMINDER_LABELS: Record<string, string> = {
  'deletion-7-days': '7 days before',
  'deletion-1-day': '1 day before',
  'deletion-final': 'On the day',
};

/** Ticks once a minute: enough for "days and hours left". */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function CountdownListForm({ platforms }: { platforms: Record<string, PlatformInfo> }) {
  const graceDays = Object.fromEntries(Object.entries(platforms).map(([slug, info]) => [slug, info.graceDays]));
  const { items, signedIn, loading, cancel } = useCountdowns(graceDays);
  const hydrated = useHydrated();
  const announce = useAnnounce();
  const now = useNow();

  if (!hydrated || loading) return <p className="muted">Loading your countdowns…</p>;
  if (items.length === 0) {
    return (
      <p>
        No countdown running. When you have asked a platform to delete your account, start one from its delete step,
        for example <Link href="/tiktok/delete-account">Delete your TikTok account</Link>.
      </p>
    );
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
              announce(`${name} countdown cancelled.`);
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
  const timeZone = browserTimeZone();
  // Permanent from the start of the final day where the person is.
  const finalAt = zonedTimeToUtc(item.finalOn, '00:00', timeZone);
  const left = timeLeft(finalAt, now);
  const formatDay = (isoDate: string, dateStyle: 'full' | 'long') =>
    new Intl.DateTimeFormat(undefined, { dateStyle, timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  const finalDay = formatDay(item.finalOn, 'full');
  const calendarHref = `/api/calendar?platform=${encodeURIComponent(item.platform)}&requestedOn=${item.requestedOn}&timeZone=${encodeURIComponent(timeZone)}`;

  return (
    <li className="card" aria-labelledby={`countdown-${item.key}`}>
      <h2 id={`countdown-${item.key}`}>{name}</h2>
      <p className="countdown-figure">
        {left.past ? (
          <strong>The deletion is permanent now.</strong>
        ) : (
          <strong>
            {left.days} {left.days === 1 ? 'day' : 'days'} and {left.hours} {left.hours === 1 ? 'hour' : 'hours'} left
          </strong>
        )}
      </p>
      <p>
        Deleted for good on <strong>{finalDay}</strong> (you asked on {formatDay(item.requestedOn, 'long')}).
      </p>
      {!left.past && (
        <p className="callout">
          Until then, don’t log in to {name}, nor use “Log in with {name}” on other sites or apps: logging in cancels the
          deletion.
        </p>
      )}
      {item.where === 'account' ? (
        item.remindersStopped ? (
          <p className="muted">Email reminders are stopped for this countdown.</p>
        ) : (
          <p className="muted">
            Email reminders:{' '}
            {item.reminders
              .filter((reminder) => reminder.status !== 'cancelled')
              .map((reminder) => `${REMINDER_LABELS[reminder.kind] ?? reminder.kind}${reminder.status === 'sent' ? ' (sent)' : ''}`)
              .join(', ') || 'none left'}
            .
          </p>
        )
      ) : (
        <p className="muted">
          Kept in this browser. {signedIn ? '' : <><Link href="/signin?from=/countdowns">Sign in</Link> to get email reminders.</>}
        </p>
      )}
      <div className="button-row">
        <a className="button" href={calendarHref} download>
          Add to calendar
        </a>
        <button type="button" onClick={() => void onCancel()}>
          Cancel countdown
        </button>
      </div>
      <p className="muted">Cancel it if you logged back in or changed your mind.</p>
    </li>
  );
}

/** With the query client it talks to the server through. */
export function CountdownList(props: { platforms: Record<string, PlatformInfo> }) {
  return (
    <QueryProvider>
      <CountdownListForm {...props} />
    </QueryProvider>
  );
}
