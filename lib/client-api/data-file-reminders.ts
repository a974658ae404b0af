import { useMutation } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { browserTimeZone } from './time-zone';

/*
 * "My data file was ready on <day>": signed in only (the reminder is an
 * email). Nothing is cached: the form shows what the last answer said.
 */

export const dataFileRemindersApi = {
  schedule: (body: { platform: string; readyOn: string; timeZone: string }) =>
    fetchJson<{ dueAt: string }>('/api/reminders/data-file', { method: 'POST', body: JSON.stringify(body) }),
  cancel: (platform: string) =>
    fetchJson<{ cancelled: true }>(`/api/reminders/data-file?platform=${encodeURIComponent(platform)}`, { method: 'DELETE' }),
};

export function useScheduleDataFileReminder(platform: string) {
  return useMutation({
    mutationFn: (readyOn: string) => dataFileRemindersApi.schedule({ platform, readyOn, timeZone: browserTimeZone() }),
  });
}

export function useCancelDataFileReminder(platform: string) {
  return useMutation({ mutationFn: () => dataFileRemindersApi.cancel(platform) });
}
