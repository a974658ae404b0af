import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getLocalizedPlatforms } from '@/lib/content';
import type { Locale } from '@/lib/content/locales';
import { clientMessages } from '@/lib/i18n/client-messages';
import { toPlatformRoute } from '@/lib/progress/paths';
import { FollowedChecklists } from './_components/followed-checklists';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'checklists' });
  return { title: t('metaTitle') };
}

export default async function ChecklistsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('checklists');
  // The empty state names the button exactly as the checklist pages label it.
  const bookmark = await getTranslations('bookmark');
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <NextIntlClientProvider messages={clientMessages(locale as Locale, 'checklistsList')}>
        <FollowedChecklists
          routes={getLocalizedPlatforms(locale as Locale).map(toPlatformRoute)}
          bookmarkLabel={bookmark('button')}
        />
      </NextIntlClientProvider>
    </>
  );
}
