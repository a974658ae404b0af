'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { recheckSession, useLocalProgressStore, useProgress } from '@/lib/progress/progress-context';
import { hasAnonymousData, toProgressData } from '@/lib/progress/state';
import { useAnnounce } from '@/app/_components/announcer';

/** For people without an account: their data is in this browser, so export and delete act on it here. */
export function LocalData() {
  const t = useTranslations('accountLocalData');
  const { state } = useProgress();
  const local = useLocalProgressStore();
  const announce = useAnnounce();
  const hasData = hasAnonymousData(state);
  // Shown once the server says nobody is signed in here: right after Delete my data, say.
  useEffect(() => recheckSession(), []);

  function exportData() {
    const blob = new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), ...toProgressData(state) }, null, 2)], {
      type: 'application/json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `unlisted-export-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  function deleteData() {
    local.clear({ keepDevice: false });
    announce(t('deleted'));
  }

  return (
    <div className="button-row">
      <button type="button" onClick={exportData}>
        {t('export')}
      </button>
      <button type="button" className="button-danger" onClick={deleteData} disabled={!hasData}>
        {t('delete')}
      </button>
    </div>
  );
}
