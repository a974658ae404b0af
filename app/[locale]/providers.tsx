'use client';

import type { ReactNode } from 'react';
import { ProgressProvider } from '@/lib/progress/progress-context';
import { AnnouncerProvider } from '@/app/_components/announcer';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ProgressProvider>
      <AnnouncerProvider>{children}</AnnouncerProvider>
    </ProgressProvider>
  );
}
