'use client';

import Link from 'next/link';
import { FLOW_IDS, type FlowId } from '@/lib/content/constants';
import { DEFAULT_FLOW, flowProgress, resumeStep, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';
import { stepStatus } from '@/lib/progress/state';

type Props = {
  route: PlatformRoute;
  flowDescriptions: Record<FlowId, string>;
};

/** The path choice, the progress bar along it, and the button that starts or resumes the wizard. */
export function ChecklistProgress({ route, flowDescriptions }: Props) {
  const { state } = useProgress();
  const store = useProgressStore();
  const flow = state.platforms[route.slug]?.flow ?? DEFAULT_FLOW;
  const statusOf = (step: string) => stepStatus(state, route.slug, step);
  const progress = flowProgress(route, flow, statusOf);
  const next = resumeStep(route, flow, statusOf);
  const steps = route.flows[flow].steps;
  const started = progress.done + progress.skipped > 0;

  return (
    <section aria-labelledby="your-path-heading" className="card progress-summary">
      <h2 id="your-path-heading">Your path</h2>
      <fieldset className="choice">
        <legend>After backing up, what do you want to do?</legend>
        <div className="choice-options">
          {FLOW_IDS.map((id) => (
            <label key={id} className="choice-option">
              <input
                type="radio"
                name={`${route.slug}-flow`}
                value={id}
                checked={flow === id}
                onChange={() => store.setFlow(route.slug, id)}
              />
              <span>
                <strong>{route.flows[id].title}</strong>
                <span className="muted">{flowDescriptions[id]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <p id="progress-label">
        <strong>
          {progress.done} of {progress.total} done
        </strong>
        {progress.skipped > 0 ? `, ${progress.skipped} skipped` : ''}
      </p>
      <progress aria-labelledby="progress-label" value={progress.done} max={progress.total} />

      <div className="button-row">
        {next ? (
          <Link className="button button-primary" href={`/${route.slug}/${next}`}>
            {started ? 'Resume' : 'Start'}: {route.stepTitles[next]}
          </Link>
        ) : (
          <>
            <p role="status">Every step on this path is done or skipped. Well done.</p>
            <Link className="button" href={`/${route.slug}/${steps[0]}`}>
              Review from the first step
            </Link>
          </>
        )}
      </div>
    </section>
  );
}
