import { queryOptions } from '@tanstack/react-query';
import type { FlowId } from '@/lib/content/constants';
import type { ProgressData, StepStatus } from '@/lib/progress/state';
import { fetchJson } from './fetch-json';

/** Keyed by the person, so one person's cached progress is never shown to the next. */
export const progressKey = (email: string) => ['progress', email] as const;

export const progressQuery = (email: string) =>
  queryOptions({
    queryKey: progressKey(email),
    queryFn: () => fetchJson<ProgressData>('/api/progress'),
    staleTime: 10_000,
    refetchOnWindowFocus: true,
  });

const put = (url: string, body: unknown) => fetchJson<ProgressData>(url, { method: 'PUT', body: JSON.stringify(body) });

export const progressApi = {
  saveStep: (update: { platform: string; step: string; status: StepStatus; updatedAt: string }) =>
    put('/api/progress/steps', update),
  saveFlow: (update: { platform: string; flow: FlowId; updatedAt: string }) => put('/api/progress/flow', update),
  bookmark: (platform: string, bookmarked: boolean) =>
    fetchJson<ProgressData>(`/api/bookmarks/${encodeURIComponent(platform)}`, { method: bookmarked ? 'PUT' : 'DELETE' }),
  merge: (local: ProgressData) =>
    fetchJson<ProgressData>('/api/progress/merge', { method: 'POST', body: JSON.stringify(local) }),
};
