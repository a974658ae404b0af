import type { DeviceHowTo } from '@/lib/content/schema';

/*
 * Small builders shared by the checklists in every language (content/*.ts and
 * content/es/*.ts). They only shape `howTo` entries; every word stays in the
 * platform's own file.
 */

/**
 * The same in-app instructions for the iPhone and Android tabs, for platforms
 * whose apps use the same labels on both. `note` is left out when not given,
 * so the tab carries no empty note.
 */
export function phones(steps: string[], note?: string) {
  const howTo = note
    ? { available: true as const, steps, note }
    : { available: true as const, steps };
  return { ios: howTo, android: howTo } satisfies Record<'ios' | 'android', DeviceHowTo>;
}

/**
 * The same "not in the app" answer for both phone tabs, with `reason` saying
 * where to do it instead (usually a browser).
 */
export function phonesUnavailable(reason: string) {
  const howTo = { available: false as const, reason };
  return { ios: howTo, android: howTo } satisfies Record<'ios' | 'android', DeviceHowTo>;
}
