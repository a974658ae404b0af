import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getCurrentUser } from '@/lib/auth';
import type { Locale } from '@/lib/content/locales';
import { listReminderLanguages } from '@/lib/db/queries/reminder-languages';
import { clientMessages } from '@/lib/i18n/client-messages';
import { deleteMyDataAction, signOutAction } from './actions';
import { DeleteMyData } from './_components/delete-my-data';
import { EmailLanguage } from './_components/email-language';
import { LocalData } from './_components/local-data';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string; emailLanguage?: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account' });
  return { title: t('metaTitle') };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('account');
  const user = await getCurrentUser();
  const { deleted, emailLanguage } = await searchParams;

  if (!user) {
    return (
      <>
        <h1 tabIndex={-1}>{t('anonymousHeading')}</h1>
        {deleted && (
          <p className="notice" role="status">
            {t('deleted')}
          </p>
        )}
        <p className="lede">{t('anonymousLede')}</p>
        <p>
          {t.rich('signInToKeep', {
            link: (chunks) => (
              <Link className="button button-primary" href="/signin?from=/account">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <h2>{t('browserKeepsHeading')}</h2>
        <p>{t('browserKeeps')}</p>
        <NextIntlClientProvider messages={clientMessages(locale as Locale, 'accountLocalData')}>
          <LocalData />
        </NextIntlClientProvider>
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t.rich('signedInAs', { email: user.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <form action={signOutAction}>
        <button type="submit">{t('signOut')}</button>
      </form>

      <h2>{t('keepsHeading')}</h2>
      <p>{t('keeps')}</p>

      <EmailLanguage reminders={await listReminderLanguages({ userId: user.id })} pageLocale={locale as Locale} saved={emailLanguage === 'saved'} />

      <h2>{t('exportHeading')}</h2>
      <p>{t('exportLede')}</p>
      <p>
        <a className="button" href="/api/account/export" download>
          {t('export')}
        </a>
      </p>

      <h2>{t('deleteHeading')}</h2>
      <p>{t('deleteLede')}</p>
      <NextIntlClientProvider messages={clientMessages(locale as Locale, 'accountDeleteDialog')}>
        <DeleteMyData action={deleteMyDataAction} />
      </NextIntlClientProvider>
    </>
  );
}
