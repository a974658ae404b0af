'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { sharedSteps, summarizeChecklist, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';
import { stepStatus } from '@/lib/progress/state';
import { FlowChoice } from '../../_components/flow-choice';

/** Progress along the chosen path, the button that starts or resumes the wizard, and the path choice. */
export function ChecklistProgress({ route }: { route: PlatformRoute }) {
  const { state } = useProgress();
  const statusOf = (step: string) => stepStatus(state, route.slug, step);
  const { flow, progress, next } = summarizeChecklist(route, state, statusOf);
  const steps = route.flows[flow].steps;
  const started = progress.done + progress.skipped > 0;

  return (
    <section aria-labelledby="your-path-heading" className="card progress-summary">
      <h2 id="your-path-heading">Your path: {route.flows[flow].title}</h2>
      <p id="progress-label">
        <strong>
          {progress.done} of {progress.total} done
        </strong>
        {progress.skipped > 0 ? `, ${progress.skipped} skipped` : ''}
      </p>
      <progress aria-labelledby="progress-label" value={progress.done} max={progress.total} />

      {next ? (
        <p className="button-row">
          <Link className="button button-primary" href={`/${route.slug}/${next}`}>
            {started ? 'Resume' : 'Start'}: {route.stepTitles[next]}
          </Link>
        </p>
      ) : (
        <PathComplete route={route} flow={flow} statusOf={statusOf} firstStep={steps[0]} />
      )}

      <FlowChoice route={route} selected={flow} legend="After backing up, what do you want to do?" idPrefix="checklist" />
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

  return (
    <div>
      {deleted ? (
        <p>
          <strong>You asked {route.name} to delete your account.</strong>{' '}
          {route.deletionGraceDays
            ? `Don’t log in to ${route.name} for the next ${route.deletionGraceDays} days, not even with “Log in with ${route.name}” on another site or app: logging in cancels the deletion.`
            : 'It may take a while before everything is gone.'}
        </p>
      ) : (
        <p>Every step on this path is done or skipped.</p>
      )}
      {deleted && skippedBackups.length > 0 && (
        <p className="callout">
          You did not mark the backup steps as done. If you still want a copy of your data, you can only get it before
          the deletion becomes final.
        </p>
      )}
      {firstStep && (
        <p className="button-row">
          <Link className="button" href={`/${route.slug}/${firstStep}`}>
            Review from the first step
          </Link>
        </p>
      )}
    </div>
  );
}
