import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getPlatform } from '@/lib/content';
import type { Locale } from '@/lib/content/locales';
import { stopCountdownReminders } from '@/lib/db/queries/countdowns';
import { readStopToken } from '@/lib/reminders/stop-token';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'remindersStop' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The stop link in reminder emails: one click stops them, no sign-in needed. */
export default async function StopRemindersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('remindersStop');
  const countdownId = readStopToken((await searchParams).token ?? '');
  const stopped = countdownId ? await stopCountdownReminders({ countdownId }) : null;

  if (!stopped) {
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
  const name = getPlatform(stopped.platform)?.name ?? stopped.platform;
  return (
    <>
      <h1 tabIndex={-1}>{t('stoppedHeading')}</h1>
      <p className="lede">{t('stoppedLede', { name })}</p>
      <p>{t.rich('stillListed', { link: (chunks) => <Link href="/countdowns">{chunks}</Link> })}</p>
    </>
  );
}
