'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ProgressProvider } from '@/lib/progress/progress-context';
import { AnnouncerProvider } from './_components/announcer';

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; created in state so a re-render never replaces it.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1 }, mutations: { retry: 0 } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ProgressProvider>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </ProgressProvider>
    </QueryClientProvider>
  );
}
