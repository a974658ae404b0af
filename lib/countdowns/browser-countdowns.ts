import { browserData, useBrowserData } from '@/lib/browser-data/browser';
import type { BrowserCountdown } from '@/lib/browser-data/record';
import { withCountdown, withoutCountdowns } from '@/lib/browser-data/countdowns';
import { finalDay } from '@/lib/reminders/schedule';
import type { CountdownView } from '@/lib/types/countdowns';

/** A countdown as the pages show it, wherever it is kept. */
export type CountdownItem = {
  key: string;
  platform: string;
  requestedOn: string;
  finalOn: string;
  where: 'account' | 'browser';
  remindersStopped: boolean;
  reminders: CountdownView['reminders'];
  serverId?: string;
};

/** The countdowns this browser keeps (lib/browser-data/), as the pages show them; platforms without a grace period are left out. */
export function browserItems(countdowns: Record<string, BrowserCountdown>, graceDays: Record<string, number>): CountdownItem[] {
  return Object.entries(countdowns).flatMap(([platform, countdown]) => {
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
}

export function startInBrowser(platform: string, requestedOn: string): void {
  browserData().update((state) => withCountdown(state, platform, { requestedOn, startedAt: new Date().toISOString() }));
}

export function cancelInBrowser(platform: string): void {
  browserData().update((state) => withoutCountdowns(state, [platform]));
}

/**
 * The countdowns of someone without an account: this browser's, with no
 * server and no TanStack Query (lib/countdowns/use-countdowns.ts is the
 * signed-in side, loaded only once a session exists).
 */
export function useBrowserCountdowns(graceDays: Record<string, number>) {
  const { countdowns } = useBrowserData().state;
  return {
    items: browserItems(countdowns, graceDays),
    cancel: {
      isPending: false,
      mutateAsync: async (item: CountdownItem) => cancelInBrowser(item.platform),
    },
  };
}
