'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { sharedSteps, summarizeChecklist, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';
import { stepStatus } from '@/lib/progress/state';
import { FlowChoice } from '@/app/_components/flow-choice';

/** Progress along the chosen path, the button that starts or resumes the wizard, and the path choice. */
export function ChecklistProgress({ route }: { route: PlatformRoute }) {
  const { state } = useProgress();
  const statusOf = (step: string) => stepStatus(state, route.slug, step);
  const { flow, progress, next } = summarizeChecklist(route, state, statusOf);
  const steps = route.flows[flow].steps;
  const started = progress.done + progress.skipped > 0;
  const t = useTranslations('progress');

  return (
    <section aria-labelledby="your-path-heading" className="card progress-summary">
      <h2 id="your-path-heading">{t('yourPath', { flow: route.flows[flow].title })}</h2>
      <p id="progress-label">
        <strong>{t('doneOf', { done: progress.done, total: progress.total })}</strong>
        {progress.skipped > 0 ? t('skipped', { count: progress.skipped }) : ''}
      </p>
      <progress aria-labelledby="progress-label" value={progress.done} max={progress.total} />

      {next ? (
        <p className="button-row">
          <Link className="button button-primary" href={`/${route.slug}/${next}`}>
            {t(started ? 'resume' : 'start', { step: route.stepTitles[next] ?? next })}
          </Link>
        </p>
      ) : (
        <PathComplete route={route} flow={flow} statusOf={statusOf} firstStep={steps[0]} />
      )}

      <FlowChoice route={route} selected={flow} legend={t('flowLegend')} idPrefix="checklist" />
    </section>
  );
}

function PathComplete({
  route,
  flow,
  statusOf,
  firstStep,
}: {
  route: PlatformRoute;
  flow: 'lock-down' | 'leave';
  statusOf: (step: string) => ReturnType<typeof stepStatus>;
  firstStep: string | undefined;
}) {
  const lastStep = route.flows[flow].steps.at(-1);
  const deleted = flow === 'leave' && lastStep !== undefined && statusOf(lastStep) === 'done';
  const skippedBackups = sharedSteps(route).filter((step) => statusOf(step) !== 'done');
  const t = useTranslations('progress');

  return (
    <div>
      {deleted ? (
        <p>
          <strong>{t('deleted', { platform: route.name })}</strong>{' '}
          {route.deletionGraceDays
            ? t('deletedGrace', { platform: route.name, days: route.deletionGraceDays })
            : t('deletedNoGrace')}
        </p>
      ) : (
        <p>{t('allHandled')}</p>
      )}
      {deleted && skippedBackups.length > 0 && (
        <p className="callout">{t('skippedBackups')}</p>
      )}
      {firstStep && (
        <p className="button-row">
          <Link className="button" href={`/${route.slug}/${firstStep}`}>
            {t('review')}
          </Link>
        </p>
      )}
    </div>
  );
}
