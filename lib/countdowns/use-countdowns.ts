'use client';

import { useEffect } from 'react';
import { browserData, useBrowserData } from '@/lib/browser-data/browser';
import { withoutCountdowns } from '@/lib/browser-data/countdowns';
import { useCancelCountdown, useCountdownsQuery, useStartCountdown } from '@/lib/client-api/countdowns';
import { browserTimeZone } from '@/lib/client-api/time-zone';
import { useSignedInEmail } from '@/lib/session/session';
import { browserItems, cancelInBrowser, startInBrowser, type CountdownItem } from './browser-countdowns';

export type { CountdownItem };

/**
 * The person's countdowns: on the server when signed in (with email
 * reminders), else in this browser's record (browser-countdowns.ts).
 * Countdowns started anonymously move to the account at sign-in. It brings
 * TanStack Query along: the start form, and the countdowns page once someone
 * is signed in, load it on demand.
 */
export function useCountdowns(graceDays: Record<string, number>) {
  const email = useSignedInEmail();
  const kept = useBrowserData().state.countdowns;
  const server = useCountdownsQuery(email);
  const startOnServer = useStartCountdown(email);
  const cancelOnServer = useCancelCountdown(email);

  const start = {
    isPending: startOnServer.isPending,
    async mutateAsync({ platform, requestedOn }: { platform: string; requestedOn: string }) {
      if (!email) {
        startInBrowser(platform, requestedOn);
        return;
      }
      await startOnServer.mutateAsync({ platform, requestedOn, timeZone: browserTimeZone() });
    },
  };

  const cancel = {
    isPending: cancelOnServer.isPending,
    async mutateAsync(item: CountdownItem) {
      if (item.where === 'browser' || !item.serverId) {
        cancelInBrowser(item.platform);
        return;
      }
      await cancelOnServer.mutateAsync(item.serverId);
    },
  };

  // Anonymous countdowns move into the account once signed in.
  const { mutateAsync: startInAccount } = startOnServer;
  useEffect(() => {
    if (!email) return;
    const entries = Object.entries(browserData().getSnapshot().state.countdowns);
    if (entries.length === 0) return;
    Promise.all(entries.map(([platform, countdown]) => startInAccount({ platform, requestedOn: countdown.requestedOn, timeZone: browserTimeZone() })))
      .then(() => browserData().update((state) => withoutCountdowns(state, entries.map(([platform]) => platform))))
      .catch((error: unknown) => console.error('Moving countdowns into the account failed', error));
  }, [email, startInAccount]);

  const items: CountdownItem[] = email
    ? (server.data?.countdowns ?? []).map((countdown) => ({
        key: countdown.id,
        platform: countdown.platform,
        requestedOn: countdown.requestedOn,
        finalOn: countdown.finalOn,
        where: 'account',
        remindersStopped: countdown.remindersStopped,
        reminders: countdown.reminders,
        serverId: countdown.id,
      }))
    : browserItems(kept, graceDays);

  return { items, signedIn: email !== null, loading: email !== null && server.isPending, start, cancel };
}
