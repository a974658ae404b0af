import { tiktok } from './tiktok';

/** Every platform's checklist, in the order the home page lists them. */
export const rawPlatforms: readonly unknown[] = [tiktok];
