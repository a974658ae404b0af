import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: t('title') };
}

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p>
        <Link className="button button-primary" href="/">
          {t('pick')}
        </Link>
      </p>
    </>
  );
}
