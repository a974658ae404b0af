import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AccountLink } from '@/app/_components/account-link';
import { FocusHeadingOnNavigate } from '@/app/_components/focus-heading-on-navigate';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { MergeOffer } from '@/app/_components/merge-offer';
import { ProgressNotice } from '@/app/_components/progress-notice';
import { getLocalizedPlatforms } from '@/lib/content';
import { isLocale, LOCALES, type Locale } from '@/lib/content/locales';
import { clientMessages } from '@/lib/i18n/client-messages';
import { Providers } from './providers';
import '../globals.css';

// Inline, so no page spends a request on it (the image is 238 bytes).
const ICON = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 64 64%22%3E%3Crect width=%2264%22 height=%2264%22 rx=%2214%22 fill=%22%230b5563%22/%3E%3Cpath d=%22M18 33l9 9 19-20%22 fill=%22none%22 stroke=%22%23fff%22 stroke-width=%227%22 stroke-linecap=%22round%22 stroke-linejoin=%22round%22/%3E%3C/svg%3E';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    icons: {
      icon: [{ url: ICON, type: 'image/svg+xml' }],
      apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }],
    },
    appleWebApp: { capable: true, title: 'Unlisted', statusBarStyle: 'default' },
    title: { default: t('title'), template: t('titleTemplate') },
    description: t('description'),
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b5563' },
    { media: '(prefers-color-scheme: dark)', color: '#1b1e23' },
  ],
  // Dark from the first paint when the system is dark, before the stylesheet arrives.
  colorScheme: 'light dark',
};

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export default async function RootLayout({ children, params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = await getTranslations('layout');
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)} timeZone="UTC">
          <Providers>
            <header className="site-header">
              <nav aria-label={t('siteNav')}>
                <Link className="brand" href="/">
                  Unlisted
                </Link>
                {getLocalizedPlatforms(locale).map((platform) => (
                  <Link key={platform.slug} href={`/${platform.slug}`}>
                    {platform.name}
                  </Link>
                ))}
                <Link href="/checklists">{t('yourChecklists')}</Link>
                <Link href="/countdowns">{t('countdowns')}</Link>
                <AccountLink />
              </nav>
              <LanguageSwitcher current={locale} />
            </header>
            <main id="main" tabIndex={-1}>
              <ProgressNotice />
              <MergeOffer />
              {children}
            </main>
            <FocusHeadingOnNavigate />
          </Providers>
        </NextIntlClientProvider>
        <footer className="site-footer">
          <div>
            <p>{t('footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
