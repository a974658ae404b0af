import { facebookEs } from './facebook';
import { instagramEs } from './instagram';
import { snapchatEs } from './snapchat';
import { tiktokEs } from './tiktok';
import { xPlatformEs } from './x';
import { youtubeEs } from './youtube';

/** Spanish translations of the checklists; a platform or step left out is shown in English, with a notice. */
export const rawSpanish: readonly unknown[] = [tiktokEs, instagramEs, youtubeEs, xPlatformEs, facebookEs, snapchatEs];
