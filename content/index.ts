import { facebook } from './facebook';
import { instagram } from './instagram';
import { snapchat } from './snapchat';
import { tiktok } from './tiktok';
import { xPlatform } from './x';
import { youtube } from './youtube';

/** Every platform's checklist, in the order the home page lists them. */
export const rawPlatforms: readonly unknown[] = [tiktok, instagram, youtube, xPlatform, facebook, snapchat];
