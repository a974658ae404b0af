import { queryOptions } from '@tanstack/react-query';
import type { FlowId } from '@/lib/content/constants';
import type { ProgressData, StepStatus } from '@/lib/types/progress';
import { fetchJson } from './fetch-json';
import { queryKeys } from './keys';

/*
 * The signed-in person's progress. Read through the ProgressStore seam
 * (lib/progress/store.ts) rather than hooks: the pages read progress the same
 * way whether it is kept here or in the browser, so lib/progress/server-store.ts
 * observes this query and runs these requests as mutations.
 */

export const progressQuery = (email: string) =>
  queryOptions({
    queryKey: queryKeys.progress(email),
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
