import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES } from '@/lib/content/schema';
import { rawPlatforms } from './index';

// The real content, through the same loader the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
const tiktok = platforms.find((platform) => platform.slug === 'tiktok')!;

describe('TikTok content', () => {
  it('holds its numbers as data', () => {
    expect(tiktok.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: 4 });
  });

  it('starts both paths with the backup steps', () => {
    expect(tiktok.flows['lock-down'].steps.slice(0, 2)).toEqual(['download-your-data', 'save-your-videos']);
    expect(tiktok.flows.leave.steps).toEqual(['download-your-data', 'save-your-videos', 'delete-account']);
    expect(tiktok.flows['lock-down'].steps).toHaveLength(8);
  });

  it('covers every setting the product promises', () => {
    expect(tiktok.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'save-your-videos',
      'make-account-private',
      'turn-off-account-suggestions',
      'stop-contact-syncing',
      'limit-direct-messages',
      'limit-comments-and-mentions',
      'limit-duets-stitches-downloads',
      'delete-account',
    ]);
  });

  it.each(tiktok.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length).toBeGreaterThan(0);
    }
    // At least one device has real instructions.
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, ['tiktok.com'])).toBe(true);
    }
  });

  it('asks for the backup before deletion', () => {
    const deletion = tiktok.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data', 'save-your-videos']);
  });

  it('never points to a third-party downloader', () => {
    const text = JSON.stringify(tiktok).toLowerCase();
    expect(text).not.toMatch(/https?:\/\/(?![a-z.]*tiktok\.com)/);
  });
});
