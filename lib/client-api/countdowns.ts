import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CountdownList } from '@/lib/types/countdowns';
import { fetchJson } from './fetch-json';
import { queryKeys } from './keys';

export const countdownsQuery = (email: string) =>
  queryOptions({
    queryKey: queryKeys.countdowns(email),
    queryFn: () => fetchJson<CountdownList>('/api/countdowns'),
    staleTime: 10_000,
  });

export const countdownsApi = {
  start: (body: { platform: string; requestedOn: string; timeZone: string }) =>
    fetchJson<CountdownList>('/api/countdowns', { method: 'POST', body: JSON.stringify(body) }),
  cancel: (id: string) => fetchJson<CountdownList>(`/api/countdowns/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** The signed-in person's countdowns; idle (never fetched) while nobody is signed in. */
export function useCountdownsQuery(email: string | null) {
  return useQuery({ ...countdownsQuery(email ?? ''), enabled: email !== null });
}

/** Every answer is the whole list again: it replaces the cached one. */
function useSetCountdowns(email: string | null) {
  const queryClient = useQueryClient();
  return (list: CountdownList) => {
    if (email) queryClient.setQueryData(queryKeys.countdowns(email), list);
  };
}

export function useStartCountdown(email: string | null) {
  const setCountdowns = useSetCountdowns(email);
  return useMutation({ mutationFn: countdownsApi.start, onSuccess: setCountdowns });
}

export function useCancelCountdown(email: string | null) {
  const setCountdowns = useSetCountdowns(email);
  return useMutation({ mutationFn: countdownsApi.cancel, onSuccess: setCountdowns });
}
