'use client';

import { useTranslations } from 'next-intl';
import { useProgress } from '@/lib/progress/progress-context';
import { stepStatus, type StepStatus } from '@/lib/progress/state';

export function StepStatusBadge({ platform, step }: { platform: string; step: string }) {
  const { state } = useProgress();
  const status: StepStatus = stepStatus(state, platform, step);
  const t = useTranslations('status');
  return <span className={`status status-${status}`}>{t(status)}</span>;
}
