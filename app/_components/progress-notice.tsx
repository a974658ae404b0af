'use client';

import { useTranslations } from 'next-intl';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';

/**
 * Says so when saved progress had to be reset or cannot be saved. The live
 * region is always in the page, so a notice that appears is announced.
 */
export function ProgressNotice() {
  const { notice } = useProgress();
  const store = useProgressStore();
  const t = useTranslations('progressNotice');

  function dismiss() {
    store.dismissNotice();
    // The button disappears with the notice; keep the keyboard user in the page.
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  return (
    <div role="status" aria-live="polite">
      {notice && (
        <div className="notice">
          <p>{notice}</p>
          <button type="button" onClick={dismiss}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
