'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { FLOW_IDS } from '@/lib/content/constants';
import { sharedSteps, stepPosition, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';
import { stepStatus, type StepStatus } from '@/lib/progress/state';

const STATUS_SENTENCES: Record<StepStatus, string> = {
  todo: 'Not done yet.',
  done: 'You marked this step as done.',
  skipped: 'You skipped this step.',
};

/**
 * Done / Skip / Undo, and Previous / Next along the person's chosen path.
 * Marking a step moves the wizard on; the next page's heading takes focus.
 */
export function StepActions({ route, step }: { route: PlatformRoute; step: string }) {
  const { state } = useProgress();
  const store = useProgressStore();
  const router = useRouter();

  const chosenFlow = state.platforms[route.slug]?.flow;
  const position = stepPosition(route, step, chosenFlow);
  if (!position) return null;

  const status = stepStatus(state, route.slug, step);
  const shared = sharedSteps(route);
  const isShared = shared.includes(step);
  const checklistHref = `/${route.slug}`;
  const hrefOf = (slug: string) => `/${route.slug}/${slug}`;
  const nextHref = position.next ? hrefOf(position.next) : checklistHref;

  function mark(next: StepStatus) {
    store.setStepStatus(route.slug, step, next);
    // Working on a step that belongs to one path only means the person is on that path.
    if (!isShared && chosenFlow !== position!.flow) store.setFlow(route.slug, position!.flow);
    if (next !== 'todo') router.push(nextHref);
  }

  // At the fork after the shared backup steps, offer the other path too.
  const otherPaths =
    step === shared.at(-1)
      ? FLOW_IDS.filter((id) => id !== position.flow).flatMap((id) => {
          const first = route.flows[id].steps.find((slug) => !shared.includes(slug));
          return first ? [{ id, first }] : [];
        })
      : [];

  return (
    <section className="step-actions" aria-labelledby="step-actions-heading">
      <h2 id="step-actions-heading" className="visually-hidden">
        Your progress on this step
      </h2>
      <p role="status">
        <span className={`status status-${status}`}>{STATUS_SENTENCES[status]}</span>
      </p>
      <div className="button-row">
        {status !== 'done' && (
          <button type="button" className="button-primary" onClick={() => mark('done')}>
            Mark as done
          </button>
        )}
        {status === 'todo' && (
          <button type="button" onClick={() => mark('skipped')}>
            Skip
          </button>
        )}
        {status !== 'todo' && (
          <button type="button" onClick={() => mark('todo')}>
            Undo
          </button>
        )}
      </div>

      <nav className="step-nav" aria-label="Wizard">
        {position.previous ? (
          <Link href={hrefOf(position.previous)} rel="prev">
            <span aria-hidden="true">← </span>Previous step
          </Link>
        ) : (
          <Link href={checklistHref}>
            <span aria-hidden="true">← </span>Back to the checklist
          </Link>
        )}
        {position.next ? (
          <Link href={hrefOf(position.next)} rel="next">
            Next step<span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <Link href={checklistHref}>
            Finish: back to the checklist<span aria-hidden="true"> →</span>
          </Link>
        )}
      </nav>

      {otherPaths.map(({ id, first }) => (
        <p key={id} className="muted">
          Want to {route.flows[id].title.replace(/^\w/, (letter) => letter.toLowerCase())} instead?{' '}
          <Link href={hrefOf(first)} onClick={() => store.setFlow(route.slug, id)}>
            Go to “{route.stepTitles[first]}”
          </Link>
        </p>
      ))}
    </section>
  );
}
