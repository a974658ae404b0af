'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useMergeOffer } from '@/lib/progress/progress-context';
import { maskEmail } from '@/lib/progress/mask-email';

/**
 * Asks, after a sign-in, whether what this browser kept goes into the
 * account. Either answer loses nothing: declining leaves it in this browser.
 */
export function MergeOffer() {
  const offer = useMergeOffer();
  const t = useTranslations('progressNotice');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (offer) heading.current?.focus();
  }, [offer]);

  if (!offer) return null;
  const { steps, bookmarks, paths } = offer.summary;
  const parts = [
    steps > 0 && t('mergeSteps', { count: steps }),
    paths > 0 && t('mergePaths', { count: paths }),
    bookmarks > 0 && t('mergeBookmarks', { count: bookmarks }),
  ].filter(Boolean);

  async function accept() {
    if (!offer) return;
    setBusy(true);
    setFailed(false);
    try {
      await offer.accept();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="notice merge-offer" aria-labelledby="merge-offer-question">
      <p id="merge-offer-question" ref={heading} tabIndex={-1}>
        <strong>{t('mergeQuestion', { what: parts.join(', '), email: maskEmail(offer.email) })}</strong>
      </p>
      <p>{t('mergeExplain')}</p>
      {failed && <p role="alert">{t('mergeFailed')}</p>}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => void accept()} disabled={busy}>
          {t('mergeAccept')}
        </button>
        <button type="button" onClick={offer.decline} disabled={busy}>
          {t('mergeDecline')}
        </button>
      </div>
    </section>
  );
}
