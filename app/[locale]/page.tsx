import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContinueWhereYouLeftOff } from '@/app/_components/continue-where-you-left-off';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getLocalizedPlatforms } from '@/lib/content';
import type { Locale } from '@/lib/content/locales';
import { clientMessages } from '@/lib/i18n/client-messages';
import { toPlatformRoute } from '@/lib/progress/paths';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const platforms = getLocalizedPlatforms(locale);
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <NextIntlClientProvider messages={clientMessages(locale, 'continue')}>
        <ContinueWhereYouLeftOff routes={platforms.map(toPlatformRoute)} />
      </NextIntlClientProvider>
      <h2>{t('pick')}</h2>
      <ul className="platform-list">
        {platforms.map((platform) => (
          <li key={platform.slug} className="card">
            <Link href={`/${platform.slug}`}>{platform.name}</Link>
            <p className="muted" lang={platform.language === locale ? undefined : platform.language}>
              {platform.tagline}
            </p>
          </li>
        ))}
      </ul>
      <p>{t('several')}</p>
      <h2>{t('howItWorks')}</h2>
      <ol>
        <li>{t('how1')}</li>
        <li>{t('how2')}</li>
        <li>{t('how3')}</li>
      </ol>
      <p className="muted">{t('privacy')}</p>
    </>
  );
}
