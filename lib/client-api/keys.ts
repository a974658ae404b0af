/*
 * Every TanStack Query key the browser uses, in one place. Keyed by the
 * person, so one person's cached data is never shown to the next.
 */
export const queryKeys = {
  progress: (email: string) => ['progress', email] as const,
  countdowns: (email: string) => ['countdowns', email] as const,
};
