'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { summarizeChecklist, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress, useSignedInEmail } from '@/lib/progress/progress-context';
import { stepStatus } from '@/lib/progress/state';
import { useHydrated } from '../../_components/use-hydrated';

/** The person's bookmarked checklists, each with its progress at a glance. */
export function BookmarkedChecklists({ routes }: { routes: PlatformRoute[] }) {
  const { state } = useProgress();
  const email = useSignedInEmail();
  const hydrated = useHydrated();
  const bookmarked = routes.filter((route) => state.bookmarks?.[route.slug]);

  if (!hydrated) return <p className="muted">Loading your checklists…</p>;
  if (bookmarked.length === 0) {
    return (
      <p>
        No bookmarks yet. Open a checklist and choose <strong>Bookmark this checklist</strong> to find it here.
        {!email && (
          <>
            {' '}
            <Link href="/signin?from=/checklists">Sign in</Link> to keep bookmarks on every device.
          </>
        )}
      </p>
    );
  }

  return (
    <ul className="platform-list">
      {bookmarked.map((route) => {
        const { flow, progress, next } = summarizeChecklist(route, state, (step) => stepStatus(state, route.slug, step));
        return (
          <li key={route.slug} className="card">
            <Link href={`/${route.slug}`}>{route.name}</Link>
            <p className="muted">
              {route.flows[flow].title}: {progress.done} of {progress.total} done
              {progress.skipped > 0 ? `, ${progress.skipped} skipped` : ''}
            </p>
            <progress value={progress.done} max={progress.total} aria-label={`${route.name}: ${progress.done} of ${progress.total} done`} />
            {next && (
              <p>
                <Link href={`/${route.slug}/${next}`}>Continue with “{route.stepTitles[next]}”</Link>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
