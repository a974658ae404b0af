import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { NotFoundBody } from '@/app/_components/not-found-body';
import { messagesFor } from '@/lib/i18n/messages';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/negotiate';
import './globals.css';

/*
 * The 404 page for any address that is no page: an unknown platform or step,
 * or a deeper path. Every page lives under a language's own root layout, so
 * this one renders the whole document itself, in the language the proxy
 * would have chosen.
 */

async function translator() {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale({ cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get('accept-language') });
  const messages = messagesFor(locale);
  return { locale, t: createTranslator({ locale, messages, namespace: 'notFound' }), layout: createTranslator({ locale, messages, namespace: 'layout' }) };
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await translator();
  return { title: `${t('title')} · Unlisted` };
}

export default async function GlobalNotFound() {
  const { locale, t, layout } = await translator();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {layout('skipToContent')}
        </a>
        <header className="site-header">
          <nav aria-label={layout('siteNav')}>
            <Link className="brand" href="/">
              Unlisted
            </Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          <NotFoundBody title={t('title')} lede={t('lede')} pick={t('pick')} />
        </main>
        <footer className="site-footer">
          <div>
            <p>{layout('footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
