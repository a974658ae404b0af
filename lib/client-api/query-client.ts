import { QueryClient } from '@tanstack/react-query';

let browserClient: QueryClient | undefined;

/**
 * One QueryClient per browser tab, shared by the signed-in progress store and
 * the countdown and reminder forms. Rendering on the server gets a fresh one
 * each time, so nothing cached ever crosses from one request to another.
 */
export function getQueryClient(): QueryClient {
  const create = () => new QueryClient({ defaultOptions: { queries: { retry: 1 }, mutations: { retry: 0 } } });
  if (typeof window === 'undefined') return create();
  browserClient ??= create();
  return browserClient;
}
