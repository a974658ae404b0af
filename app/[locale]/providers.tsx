'use client';

import type { ReactNode } from 'react';
import { ProgressProvider } from '@/lib/progress/progress-context';
import { SessionProvider } from '@/lib/session/session';
import { AnnouncerProvider } from '@/app/_components/announcer';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <ProgressProvider>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </ProgressProvider>
    </SessionProvider>
  );
}
