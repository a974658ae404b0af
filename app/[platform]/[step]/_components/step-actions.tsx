'use client';

import { IntentLink as Link } from '@/app/_components/intent-link';
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { DEFAULT_FLOW, sharedSteps, stepPosition, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';
import { stepStatus, type StepStatus } from '@/lib/progress/state';
import { useAnnounce } from '../../../_components/announcer';
import { FlowChoice } from '../../../_components/flow-choice';
import { useHydrated } from '../../../_components/use-hydrated';

const STATUS_SENTENCES: Record<StepStatus, string> = {
  todo: 'Not done yet.',
  done: 'You marked this step as done.',
  skipped: 'You skipped this step.',
};

const ANNOUNCEMENTS: Record<StepStatus, string> = {
  todo: 'is back to not done',
  done: 'marked as done',
  skipped: 'skipped',
};

/**
 * Done / Skip / Undo, and Previous / Next along the person's chosen path.
 * Marking a step moves the wizard on; the next page's heading takes focus
 * and the shared live region confirms what was recorded.
 */
export function StepActions({ route, step }: { route: PlatformRoute; step: string }) {
  const { state } = useProgress();
  const store = useProgressStore();
  const router = useRouter();
  const announce = useAnnounce();
  const hydrated = useHydrated();
  const markDoneButton = useRef<HTMLButtonElement>(null);

  const chosenFlow = state.platforms[route.slug]?.flow;
  const position = stepPosition(route, step, chosenFlow);
  if (!position) return null;

  const status = stepStatus(state, route.slug, step);
  const shared = sharedSteps(route);
  const isFork = step === shared.at(-1);
  const title = route.stepTitles[step] ?? step;
  const checklistHref = `/${route.slug}`;
  const hrefOf = (slug: string) => `/${route.slug}/${slug}`;

  const destination = position.next ? hrefOf(position.next) : checklistHref;
  // Done and Skip both move on: fetch where they lead once someone reaches for them.
  const prefetchDestination = () => router.prefetch(destination);
  const onIntent = { onMouseEnter: prefetchDestination, onFocus: prefetchDestination, onTouchStart: prefetchDestination };

  function mark(next: 'done' | 'skipped') {
    store.setStepStatus(route.slug, step, next);
    // Doing a step that belongs to one path only means the person is on that path.
    // Skipping it means the opposite, so only "done" changes the path.
    if (next === 'done' && !shared.includes(step) && chosenFlow !== position!.flow) {
      store.setFlow(route.slug, position!.flow);
    }
    announce(`“${title}” ${ANNOUNCEMENTS[next]}.`);
    router.push(destination);
  }

  function undo() {
    store.setStepStatus(route.slug, step, 'todo');
    announce(`“${title}” ${ANNOUNCEMENTS.todo}.`);
    // The Undo button goes away; keep focus on the control that replaces it.
    requestAnimationFrame(() => markDoneButton.current?.focus());
  }

  return (
    <section className="step-actions" aria-labelledby="step-actions-heading">
      <h2 id="step-actions-heading" className="visually-hidden">
        Your progress on this step
      </h2>

      {isFork && (
        <FlowChoice
          route={route}
          selected={chosenFlow ?? DEFAULT_FLOW}
          legend="After backing up, what do you want to do?"
          idPrefix="fork"
        />
      )}

      <p>
        <span className={`status status-${status}`}>{STATUS_SENTENCES[status]}</span>
      </p>
      <div className="button-row">
        {status !== 'done' && (
          <button
            ref={markDoneButton}
            type="button"
            className="button-primary"
            disabled={!hydrated}
            {...onIntent}
            onClick={() => mark('done')}
          >
            Mark as done
          </button>
        )}
        {status === 'todo' && (
          <button
            type="button"
            disabled={!hydrated}
            {...onIntent}
            onClick={() => mark('skipped')}
          >
            Skip
          </button>
        )}
        {status !== 'todo' && (
          <button type="button" onClick={undo}>
            Undo
          </button>
        )}
      </div>
      <noscript>
        <p className="muted">
          Saving your progress needs JavaScript. The instructions and links on this page work without it.
        </p>
      </noscript>

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
    </section>
  );
}
