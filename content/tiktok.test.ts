import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { tiktok as rawTiktok } from './tiktok';

// What only TikTok has; the checks every platform shares are in platforms.test.ts.
const tiktok = loadPlatforms([rawTiktok], { today: todayUtc() })[0]!;

describe('TikTok content', () => {
  it('holds its numbers as data', () => {
    expect(tiktok.officialDomains).toEqual(['tiktok.com']);
    expect(tiktok.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: 4 });
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

  it('starts both paths with its two backup steps', () => {
    expect(tiktok.flows['lock-down'].steps.slice(0, 2)).toEqual(['download-your-data', 'save-your-videos']);
    expect(tiktok.flows.leave.steps).toEqual(['download-your-data', 'save-your-videos', 'delete-account']);
    expect(tiktok.flows['lock-down'].steps).toHaveLength(8);
  });

  it('asks for both backups before deletion', () => {
    const deletion = tiktok.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data', 'save-your-videos']);
  });
});
