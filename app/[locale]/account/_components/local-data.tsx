'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { browserData, useBrowserData } from '@/lib/browser-data/browser';
import { exportBrowserData, exportFileName } from '@/lib/browser-data/export';
import { hasBrowserData } from '@/lib/browser-data/record';
import { recheckSession } from '@/lib/session/session';
import { useAnnounce } from '@/app/_components/announcer';

/** For people without an account: their data is in this browser, so export and delete act on all of it here. */
export function LocalData() {
  const t = useTranslations('accountLocalData');
  const { state: data } = useBrowserData();
  const announce = useAnnounce();
  const hasData = hasBrowserData(data);
  // Shown once the server says nobody is signed in here: right after Delete my data, say.
  useEffect(() => recheckSession(), []);

  function exportData() {
    const now = new Date();
    const blob = new Blob([JSON.stringify(exportBrowserData(data, now), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName(now);
    link.click();
    URL.revokeObjectURL(link.href);
  }

  function deleteData() {
    browserData().deleteAll();
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
