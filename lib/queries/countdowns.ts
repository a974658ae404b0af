import { queryOptions } from '@tanstack/react-query';
// A type-only import: erased from the browser bundle, so the server-only module never loads here.
import type { CountdownView } from '@/lib/db/queries/countdowns';
import { fetchJson } from './fetch-json';

export type ServerCountdown = CountdownView;

type CountdownList = { countdowns: ServerCountdown[] };

export const countdownsKey = (email: string) => ['countdowns', email] as const;

export const countdownsQuery = (email: string) =>
  queryOptions({
    queryKey: countdownsKey(email),
    queryFn: () => fetchJson<CountdownList>('/api/countdowns'),
    staleTime: 10_000,
  });

export const countdownsApi = {
  start: (body: { platform: string; requestedOn: string; timeZone: string }) =>
    fetchJson<CountdownList>('/api/countdowns', { method: 'POST', body: JSON.stringify(body) }),
  cancel: (id: string) => fetchJson<CountdownList>(`/api/countdowns/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
