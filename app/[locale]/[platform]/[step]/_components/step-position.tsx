'use client';

import { useTranslations } from 'next-intl';
import { stepPosition, type PlatformRoute } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';

/** "Step 3 of 8 · Lock it down", along the person's chosen path. */
export function StepPosition({ route, step }: { route: PlatformRoute; step: string }) {
  const { state } = useProgress();
  const t = useTranslations('position');
  const position = stepPosition(route, step, state.platforms[route.slug]?.flow);
  if (!position) return null;
  return <>{t('line', { index: position.index + 1, total: position.total, flow: route.flows[position.flow].title })}</>;
}
