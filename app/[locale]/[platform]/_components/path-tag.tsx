'use client';

import { useTranslations } from 'next-intl';
import type { FlowId } from '@/lib/content/constants';
import { DEFAULT_FLOW } from '@/lib/progress/paths';
import { useProgress } from '@/lib/progress/progress-context';

/** Marks the checklist section of the person's chosen path. */
export function PathTag({ platform, flow }: { platform: string; flow: FlowId }) {
  const { state } = useProgress();
  const t = useTranslations('progress');
  const chosen = state.platforms[platform]?.flow ?? DEFAULT_FLOW;
  return chosen === flow ? <span className="status status-todo path-tag">{t('yourPathTag')}</span> : null;
}
