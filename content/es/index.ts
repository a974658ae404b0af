import { instagramEs } from './instagram';
import { tiktokEs } from './tiktok';
import { youtubeEs } from './youtube';

/** Spanish translations of the checklists; a platform left out is shown in English, with a notice. */
export const rawSpanish: readonly unknown[] = [tiktokEs, instagramEs, youtubeEs];
