import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { instagram as rawInstagram } from './instagram';

// What only Instagram has; the checks every platform shares are in platforms.test.ts.
const instagram = loadPlatforms([rawInstagram], { today: todayUtc() })[0]!;

describe('Instagram content', () => {
  it('holds its numbers as data', () => {
    expect(instagram.officialDomains).toEqual(['instagram.com']);
    // The download window is known only from secondary sources, so it stays unknown.
    expect(instagram.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
  });

  it('covers the settings Instagram has, in order', () => {
    expect(instagram.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-discoverability',
      'limit-direct-messages',
      'limit-comments',
      'delete-account',
    ]);
    expect(instagram.notOnPlatform).toEqual([]);
  });

  it('starts both paths with the backup step', () => {
    expect(instagram.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-discoverability',
      'limit-direct-messages',
      'limit-comments',
    ]);
    expect(instagram.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
  });

  it('marks the data-download and deletion steps', () => {
    expect(instagram.steps.find((step) => step.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(instagram.steps.find((step) => step.kind === 'deletion')?.slug).toBe('delete-account');
  });

  it('asks for the backup before deletion', () => {
    const deletion = instagram.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
  });

  it('says logging back in during the grace period cancels the deletion', () => {
    const deletion = instagram.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.warnings.join(' ')).toMatch(/logging back in lets you cancel the deletion/i);
  });
});
