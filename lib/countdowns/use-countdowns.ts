'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { countdownsApi, countdownsKey, countdownsQuery, type ServerCountdown } from '@/lib/queries/countdowns';
import { useSignedInEmail } from '@/lib/progress/progress-context';
import { finalDay } from '@/lib/reminders/schedule';
import { createLocalCountdownStore, type LocalCountdownStore } from './local-countdowns';

/** A countdown as the pages show it, wherever it is kept. */
export type CountdownItem = {
  key: string;
  platform: string;
  requestedOn: string;
  finalOn: string;
  where: 'account' | 'browser';
  remindersStopped: boolean;
  reminders: ServerCountdown['reminders'];
  serverId?: string;
};

const noStore: LocalCountdownStore = {
  getSnapshot: () => ({ version: 1, countdowns: {} }),
  subscribe: () => () => {},
  start: () => {},
  cancel: () => {},
  clear: () => {},
};

let browserStore: LocalCountdownStore | undefined;
function localStore(): LocalCountdownStore {
  if (typeof window === 'undefined') return noStore;
  if (!browserStore) {
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    browserStore = createLocalCountdownStore(storage, window);
  }
  return browserStore;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The person's countdowns: on the server when signed in (with email
 * reminders), else in this browser. Countdowns started anonymously move to
 * the account at sign-in.
 */
export function useCountdowns(graceDays: Record<string, number>) {
  const email = useSignedInEmail();
  const queryClient = useQueryClient();
  const [local] = useState(localStore);
  const localState = useSyncExternalStore(local.subscribe, local.getSnapshot, noStore.getSnapshot);
  const server = useQuery({ ...countdownsQuery(email ?? ''), enabled: email !== null });

  const start = useMutation({
    mutationFn: async ({ platform, requestedOn }: { platform: string; requestedOn: string }) => {
      if (!email) {
        local.start(platform, requestedOn);
        return null;
      }
      return countdownsApi.start({ platform, requestedOn, timeZone: browserTimeZone() });
    },
    onSuccess: (data) => {
      if (data && email) queryClient.setQueryData(countdownsKey(email), data);
    },
  });

  const cancel = useMutation({
    mutationFn: async (item: CountdownItem) => {
      if (item.where === 'browser' || !item.serverId) {
        local.cancel(item.platform);
        return null;
      }
      return countdownsApi.cancel(item.serverId);
    },
    onSuccess: (data) => {
      if (data && email) queryClient.setQueryData(countdownsKey(email), data);
    },
  });

  // Anonymous countdowns move into the account once signed in.
  useEffect(() => {
    if (!email) return;
    const entries = Object.entries(local.getSnapshot().countdowns);
    if (entries.length === 0) return;
    Promise.all(
      entries.map(([platform, countdown]) =>
        countdownsApi.start({ platform, requestedOn: countdown.requestedOn, timeZone: browserTimeZone() }),
      ),
    )
      .then((results) => {
        const last = results.at(-1);
        if (last) queryClient.setQueryData(countdownsKey(email), last);
        local.clear();
      })
      .catch((error: unknown) => console.error('Moving countdowns into the account failed', error));
  }, [email, local, queryClient]);

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
    : Object.entries(localState.countdowns).flatMap(([platform, countdown]) => {
        const days = graceDays[platform];
        if (!days) return [];
        return [
          {
            key: platform,
            platform,
            requestedOn: countdown.requestedOn,
            finalOn: finalDay({ requestedOn: countdown.requestedOn, graceDays: days }),
            where: 'browser' as const,
            remindersStopped: false,
            reminders: [],
          },
        ];
      });

  return { items, signedIn: email !== null, loading: email !== null && server.isPending, start, cancel };
}
