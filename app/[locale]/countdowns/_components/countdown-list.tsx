'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import { useBrowserCountdowns } from '@/lib/countdowns/browser-countdowns';
import { useSignedInEmail } from '@/lib/session/session';
import { CountdownCards, graceDaysOf, type PlatformInfo } from './countdown-cards';

/* The signed-in list talks to the server through TanStack Query: loaded only once a session exists. */
const AccountCountdownList = lazy(() => import('./account-countdown-list').then((module) => ({ default: module.AccountCountdownList })));

/** Someone without an account sees this browser's countdowns; once signed in, the account's. */
export function CountdownList({ platforms }: { platforms: Record<string, PlatformInfo> }) {
  const email = useSignedInEmail();
  const t = useTranslations('countdownsList');
  if (email) {
    return (
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>
        <AccountCountdownList platforms={platforms} />
      </Suspense>
    );
  }
  return <BrowserCountdownList platforms={platforms} />;
}

function BrowserCountdownList({ platforms }: { platforms: Record<string, PlatformInfo> }) {
  const countdowns = useBrowserCountdowns(graceDaysOf(platforms));
  return <CountdownCards platforms={platforms} countdowns={{ ...countdowns, signedIn: false, loading: false }} />;
}
