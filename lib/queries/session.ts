import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

export type Me = { user: { email: string } | null };

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: () => fetchJson<Me>('/api/me'),
  staleTime: 60_000,
});
