'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { summarizeChecklist, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';
import { hasStarted, stepStatus } from '@/lib/progress/state';

/** Lists the checklists this browser has progress on, each with a link back to where the person stopped. */
export function ContinueWhereYouLeftOff({ routes }: { routes: PlatformRoute[] }) {
  const { state } = useProgress();
  const started = routes.filter((route) => hasStarted(state, route.slug));
  const t = useTranslations('continue');
  if (started.length === 0) return null;

  return (
    <section aria-labelledby="continue-heading" className="card">
      <h2 id="continue-heading">{t('heading')}</h2>
      <ul>
        {started.map((route) => {
          const { flow, progress, next } = summarizeChecklist(route, state, (step) => stepStatus(state, route.slug, step));
          return (
            <li key={route.slug}>
              <strong>{route.name}</strong> {t('line', { flow: route.flows[flow].title, done: progress.done, total: progress.total })}{' '}
              {next ? (
                <Link href={`/${route.slug}/${next}`}>
                  {t('resumeWith', { step: route.stepTitles[next] ?? next })}
                </Link>
              ) : (
                <Link href={`/${route.slug}`}>{t('review', { platform: route.name })}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
