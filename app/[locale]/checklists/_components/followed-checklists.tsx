'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useHydrated } from '@/app/_components/use-hydrated';
import { summarizeChecklist, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';
import { useSignedInEmail } from '@/lib/session/session';
import { stepStatus, type ProgressState } from '@/lib/progress/state';
import { followedChecklists } from './followed';

/**
 * Every checklist the person follows, each with its progress at a glance: the
 * bookmarked ones, then those with a step done or skipped but no bookmark.
 */
export function FollowedChecklists({ routes, bookmarkLabel }: { routes: PlatformRoute[]; bookmarkLabel: string }) {
  const t = useTranslations('checklistsList');
  const { state } = useProgress();
  const email = useSignedInEmail();
  const hydrated = useHydrated();
  const { bookmarked, inProgress } = followedChecklists(routes, state);

  if (!hydrated) return <p className="muted">{t('loading')}</p>;
  if (bookmarked.length === 0 && inProgress.length === 0) {
    return (
      <p>
        {t.rich('empty', { button: bookmarkLabel, strong: (chunks) => <strong>{chunks}</strong> })}
        {!email && (
          <>
            {' '}
            {t.rich('signInForBookmarks', { link: (chunks) => <Link href="/signin?from=/checklists">{chunks}</Link> })}
          </>
        )}
      </p>
    );
  }

  return (
    <>
      {bookmarked.length > 0 && <ChecklistCards routes={bookmarked} state={state} />}
      {inProgress.length > 0 && (
        <>
          <h2>{bookmarked.length > 0 ? t('alsoInProgress') : t('inProgress')}</h2>
          <ChecklistCards routes={inProgress} state={state} />
        </>
      )}
    </>
  );
}

function ChecklistCards({ routes, state }: { routes: PlatformRoute[]; state: ProgressState }) {
  const t = useTranslations('checklistsList');
  return (
    <ul className="platform-list">
      {routes.map((route) => {
        const { flow, progress, next } = summarizeChecklist(route, state, (step) => stepStatus(state, route.slug, step));
        const counts = { flow: route.flows[flow].title, done: progress.done, total: progress.total };
        return (
          <li key={route.slug} className="card">
            <Link href={`/${route.slug}`}>{route.name}</Link>
            <p className="muted">
              {progress.skipped > 0 ? t('summaryWithSkipped', { ...counts, skipped: progress.skipped }) : t('summary', counts)}
            </p>
            <progress
              value={progress.done}
              max={progress.total}
              aria-label={t('progressLabel', { name: route.name, done: progress.done, total: progress.total })}
            />
            {next && (
              <p>
                <Link href={`/${route.slug}/${next}`}>{t('continueWith', { step: route.stepTitles[next] ?? next })}</Link>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
