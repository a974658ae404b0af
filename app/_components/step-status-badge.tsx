'use client';

import { useProgress } from '@/lib/progress/progress-context';
import { stepStatus, type StepStatus } from '@/lib/progress/state';

export const STATUS_LABELS: Record<StepStatus, string> = {
  todo: 'Not done yet',
  done: 'Done',
  skipped: 'Skipped',
};

export function StepStatusBadge({ platform, step }: { platform: string; step: string }) {
  const { state } = useProgress();
  const status = stepStatus(state, platform, step);
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
