import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { getCurrentUser } from '@/lib/auth';
import type { Locale } from '@/lib/content/locales';
import { clientMessages } from '@/lib/i18n/client-messages';
import { returnPathSchema } from '@/lib/validation/email';
import { SignInForm } from './_components/sign-in-form';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ from?: string; error?: string; callbackUrl?: string }>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'signin' });
  return { title: t('metaTitle') };
}

/** Auth.js sends people back here with ?error= when a link is expired, used or invalid. */
const LINK_ERRORS = {
  Verification: 'linkExpired',
  Configuration: 'unavailable',
} as const satisfies Record<string, string>;

function linkErrorKey(error: string): (typeof LINK_ERRORS)[keyof typeof LINK_ERRORS] | 'linkFailed' {
  return Object.hasOwn(LINK_ERRORS, error) ? LINK_ERRORS[error as keyof typeof LINK_ERRORS] : 'linkFailed';
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('signin');
  const query = await searchParams;
  const from = returnPathSchema.parse(query.from ?? relativeCallback(query.callbackUrl));
  if (await getCurrentUser()) redirect(from);
  const linkError = query.error ? t(linkErrorKey(query.error)) : null;

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      {linkError && (
        <p className="callout" role="alert">
          {linkError}
        </p>
      )}
      <NextIntlClientProvider messages={clientMessages(locale as Locale, 'signinForm')}>
        <SignInForm from={from} />
      </NextIntlClientProvider>
      <p className="muted">{t.rich('noAccountNeeded', { link: (chunks) => <Link href="/account">{chunks}</Link> })}</p>
    </>
  );
}

function relativeCallback(callbackUrl: string | undefined): string | undefined {
  if (!callbackUrl) return undefined;
  try {
    const url = new URL(callbackUrl, 'http://local');
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}
