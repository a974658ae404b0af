'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';
import { useSignedInEmail } from '@/lib/session/session';
import { isBookmarked } from '@/lib/progress/state';
import { useAnnounce } from '@/app/_components/announcer';
import { useHydrated } from '@/app/_components/use-hydrated';

/** A toggle: its name stays "Bookmark this checklist"; pressed says whether it is saved. */
export function BookmarkButton({ platform, platformName }: { platform: string; platformName: string }) {
  const t = useTranslations('bookmark');
  const name = t('checklistName', { platform: platformName });
  const { state } = useProgress();
  const store = useProgressStore();
  const email = useSignedInEmail();
  const announce = useAnnounce();
  const hydrated = useHydrated();
  const pressed = isBookmarked(state, platform);

  function toggle() {
    store.setBookmark(platform, !pressed);
    announce(t(pressed ? 'removed' : 'saved', { name }));
  }

  return (
    <p className="button-row">
      <button type="button" aria-pressed={pressed} onClick={toggle} disabled={!hydrated}>
        <span aria-hidden="true">{pressed ? '★' : '☆'}</span> {t('button')}
      </button>
      {pressed && (
        <span className="muted">
          {t.rich(email ? 'savedTo' : 'savedToBrowser', { link: (chunks) => <Link href="/checklists">{chunks}</Link> })}
        </span>
      )}
    </p>
  );
}
