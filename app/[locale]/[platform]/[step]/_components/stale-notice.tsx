'use client';

import { useTranslations } from 'next-intl';
import { useHydrated } from '@/app/_components/use-hydrated';
import { daysSince, STALE_AFTER_DAYS, todayUtc } from '@/lib/content/freshness';

type Props = { lastVerified: string; builtOn: string; platformName: string };

/**
 * "This step may be out of date". The page is built once and served for
 * months, so the age is worked out again in the browser: a step that was
 * fresh on the day of the build still gets marked when it goes stale.
 */
export function StaleNotice({ lastVerified, builtOn, platformName }: Props) {
  const t = useTranslations('step');
  const hydrated = useHydrated();
  const today = hydrated ? todayUtc() : builtOn;
  const days = daysSince(lastVerified, today);
  if (days <= STALE_AFTER_DAYS) return null;
  return (
    <div className="callout callout-stale" role="note" aria-labelledby="stale-heading">
      <h2 id="stale-heading" className="callout-heading">
        {t('staleHeading')}
      </h2>
      <p>{t('stale', { days, platform: platformName })}</p>
    </div>
  );
}
