'use client';

import { useCountdowns } from '@/lib/countdowns/use-countdowns';
import { QueryProvider } from '@/app/_components/query-provider';
import { CountdownCards, graceDaysOf, type PlatformInfo } from './countdown-cards';

function AccountCountdownCards({ platforms }: { platforms: Record<string, PlatformInfo> }) {
  return <CountdownCards platforms={platforms} countdowns={useCountdowns(graceDaysOf(platforms))} />;
}

/** A signed-in person's countdowns, with the query client it talks to the server through. */
export function AccountCountdownList({ platforms }: { platforms: Record<string, PlatformInfo> }) {
  return (
    <QueryProvider>
      <AccountCountdownCards platforms={platforms} />
    </QueryProvider>
  );
}
