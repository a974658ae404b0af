'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { useProgress, useProgressStore, useSignedInEmail } from '@/lib/progress/progress-context';
import { isBookmarked } from '@/lib/progress/state';
import { useAnnounce } from '../../_components/announcer';
import { useHydrated } from '../../_components/use-hydrated';

/** A toggle: its name stays "Bookmark this checklist"; pressed says whether it is saved. */
export function BookmarkButton({ platform, name }: { platform: string; name: string }) {
  const { state } = useProgress();
  const store = useProgressStore();
  const email = useSignedInEmail();
  const announce = useAnnounce();
  const hydrated = useHydrated();
  const pressed = isBookmarked(state, platform);

  function toggle() {
    store.setBookmark(platform, !pressed);
    announce(pressed ? `${name} removed from your checklists.` : `${name} saved to your checklists.`);
  }

  return (
    <p className="button-row">
      <button type="button" aria-pressed={pressed} onClick={toggle} disabled={!hydrated}>
        <span aria-hidden="true">{pressed ? '★' : '☆'}</span> Bookmark this checklist
      </button>
      {pressed && (
        <span className="muted">
          Saved to <Link href="/checklists">your checklists</Link>
          {email ? '' : ' in this browser'}.
        </span>
      )}
    </p>
  );
}
