'use client';

import { useProgress, useProgressStore } from '@/lib/progress/progress-context';

/** Says so when saved progress had to be reset or cannot be saved. */
export function ProgressNotice() {
  const { notice } = useProgress();
  const store = useProgressStore();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button type="button" onClick={() => store.dismissNotice()}>
        Dismiss
      </button>
    </div>
  );
}
