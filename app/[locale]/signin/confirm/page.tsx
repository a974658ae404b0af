import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { SIGN_IN_REQUESTS_COOKIE, wasRequestedHere } from '@/lib/auth/sign-in-request';
import type { Locale } from '@/lib/content/locales';

type Query = { token?: string | string[]; email?: string | string[]; callbackUrl?: string | string[] };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'signinConfirm' });
  return { title: t('metaTitle'), robots: { index: false } };
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/**
 * Where the link in a sign-in email leads. Opening it changes nothing (mail
 * scanners open links too); the button signs in. When another browser asked
 * for the link, the page says whose account it is and warns before that.
 */
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations('signinConfirm');
  const query = await searchParams;
  const token = single(query.token);
  const email = single(query.email);
  const callbackUrl = single(query.callbackUrl);

  if (!token || !email) {
    return (
      <>
        <h1 tabIndex={-1}>{t('incompleteHeading')}</h1>
        <p className="lede">{t('incompleteLede')}</p>
        <p>
          <Link href="/signin">{t('askAgain')}</Link>
        </p>
      </>
    );
  }

  const requestedHere = wasRequestedHere((await cookies()).get(SIGN_IN_REQUESTS_COOKIE)?.value, token);
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t.rich('signsInAs', { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {!requestedHere && (
        <div className="callout" role="note">
          <p>
            <strong>{t('elsewhereTitle')}</strong>
          </p>
          <p>{t('elsewhereBody', { email })}</p>
        </div>
      )}
      <form method="post" action="/api/signin/confirm" className="card">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <button type="submit" className="button-primary">
          {t('button', { email })}
        </button>
      </form>
      <p className="muted">{t('notYou')}</p>
    </>
  );
}
