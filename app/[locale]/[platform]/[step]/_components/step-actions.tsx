'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { DEFAULT_FLOW, sharedSteps, stepPosition, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';
import { stepStatus, type StepStatus } from '@/lib/progress/state';
import { useAnnounce } from '@/app/_components/announcer';
import { FlowChoice } from '@/app/_components/flow-choice';
import { useHydrated } from '@/app/_components/use-hydrated';

const STATUS_SENTENCES = { todo: 'statusTodo', done: 'statusDone', skipped: 'statusSkipped' } as const satisfies Record<StepStatus, string>;

const ANNOUNCEMENTS = { todo: 'announceTodo', done: 'announceDone', skipped: 'announceSkipped' } as const satisfies Record<StepStatus, string>;

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
  const t = useTranslations('actions');

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
    announce(t(ANNOUNCEMENTS[next], { step: title }));
    router.push(destination);
  }

  function undo() {
    store.setStepStatus(route.slug, step, 'todo');
    announce(t(ANNOUNCEMENTS.todo, { step: title }));
    // The Undo button goes away; keep focus on the control that replaces it.
    requestAnimationFrame(() => markDoneButton.current?.focus());
  }

  return (
    <section className="step-actions" aria-labelledby="step-actions-heading">
      <h2 id="step-actions-heading" className="visually-hidden">
        {t('heading')}
      </h2>

      {isFork && (
        <FlowChoice
          route={route}
          selected={chosenFlow ?? DEFAULT_FLOW}
          legend={t('flowLegend')}
          idPrefix="fork"
        />
      )}

      <p>
        <span className={`status status-${status}`}>{t(STATUS_SENTENCES[status])}</span>
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
            {t('markDone')}
          </button>
        )}
        {status === 'todo' && (
          <button
            type="button"
            disabled={!hydrated}
            {...onIntent}
            onClick={() => mark('skipped')}
          >
            {t('skip')}
          </button>
        )}
        {status !== 'todo' && (
          <button type="button" onClick={undo}>
            {t('undo')}
          </button>
        )}
      </div>
      <noscript>
        <p className="muted">
          {t('noScript')}
        </p>
      </noscript>

      <nav className="step-nav" aria-label={t('wizard')}>
        {position.previous ? (
          <Link href={hrefOf(position.previous)} rel="prev">
            <span aria-hidden="true">← </span>{t('previous')}
          </Link>
        ) : (
          <Link href={checklistHref}>
            <span aria-hidden="true">← </span>{t('backToChecklist')}
          </Link>
        )}
        {position.next ? (
          <Link href={hrefOf(position.next)} rel="next">
            {t('next')}<span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <Link href={checklistHref}>
            {t('finish')}<span aria-hidden="true"> →</span>
          </Link>
        )}
      </nav>
    </section>
  );
}
