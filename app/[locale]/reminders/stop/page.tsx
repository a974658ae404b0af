import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getPlatform } from '@/lib/content';
import type { Locale } from '@/lib/content/locales';
import { previewReminderStop } from '@/lib/db/queries/reminder-stops';
import { readStopToken } from '@/lib/reminders/stop-token';
import { StopConfirmation } from './_components/stop-confirmation';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'remindersStop' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Where the stop link in reminder emails leads, no sign-in needed. Opening it
 * only reads (mail providers' link scanners open links too): it shows what
 * would stop, and the "Stop reminders" button stops it.
 */
export default async function StopRemindersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('remindersStop');
  const { token } = await searchParams;
  const target = readStopToken(token);
  const preview = target ? await previewReminderStop({ target }) : null;

  if (!target || !preview || typeof token !== 'string') {
    return (
      <>
        <h1 tabIndex={-1}>{t('invalidHeading')}</h1>
        <p className="lede">{t('invalidLede')}</p>
        <p>
          <Link href="/countdowns">{t('seeCountdowns')}</Link>
        </p>
      </>
    );
  }

  const name = getPlatform(preview.platform)?.name ?? preview.platform;
  const what = target.kind === 'countdown' ? 'countdown' : 'dataFile';
  if (preview.state === 'to-come') {
    return <StopConfirmation token={token} what={what} platformName={name} toCome={preview.toCome} timeZone={preview.timeZone} />;
  }
  const stopped = preview.state === 'stopped';
  return (
    <>
      <h1 tabIndex={-1}>{stopped ? t('stoppedHeading') : t('nothingLeftHeading')}</h1>
      <p className="lede">{stopped ? t(`${what}.stopped`, { name }) : t(`${what}.nothingLeft`, { name })}</p>
      {stopped && what === 'countdown' && <p>{t.rich('stillListed', { link: (chunks) => <Link href="/countdowns">{chunks}</Link> })}</p>}
    </>
  );
}
