'use client';

import { stepPosition, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';

/** "Step 3 of 8 · Lock it down", along the person's chosen path. */
export function StepPosition({ route, step }: { route: PlatformRoute; step: string }) {
  const { state } = useProgress();
  const position = stepPosition(route, step, state.platforms[route.slug]?.flow);
  if (!position) return null;
  return (
    <>
      Step {position.index + 1} of {position.total} · {route.flows[position.flow].title} ·{' '}
    </>
  );
}
