import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPlatforms } from '@/lib/content';
import type { Locale } from '@/lib/content/locales';
import { clientMessages } from '@/lib/i18n/client-messages';
import { CountdownList } from './_components/countdown-list';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'countdowns' });
  return { title: t('metaTitle') };
}

export default async function CountdownsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('countdowns');
  const platforms = Object.fromEntries(
    getPlatforms().flatMap((platform) =>
      platform.timings.deletionGraceDays
        ? [[platform.slug, { name: platform.name, graceDays: platform.timings.deletionGraceDays }]]
        : [],
    ),
  );
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <NextIntlClientProvider messages={clientMessages(locale as Locale, 'countdownsList')}>
        <CountdownList platforms={platforms} />
      </NextIntlClientProvider>
    </>
  );
}
