import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { NotFoundBody } from '@/app/_components/not-found-body';
import { DEFAULT_LOCALE, isLocale } from '@/lib/content/locales';

// Rendered apart from the page that called notFound(), so it reads the language
// from the route itself rather than from the page's request state.
async function notFoundTranslations() {
  const locale = await rootLocale();
  return getTranslations({ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, namespace: 'notFound' });
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await notFoundTranslations();
  return { title: t('title') };
}

export default async function NotFound() {
  const t = await notFoundTranslations();
  return <NotFoundBody title={t('title')} lede={t('lede')} pick={t('pick')} />;
}
