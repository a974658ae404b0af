'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => reset()}>
          {t('retry')}
        </button>
        <Link className="button" href="/">
          {t('home')}
        </Link>
      </div>
    </>
  );
}
