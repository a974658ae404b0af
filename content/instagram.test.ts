import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES } from '@/lib/content/schema';
import { instagram } from './instagram';

// The real content, through the same loader the build uses.
const platform = loadPlatforms([instagram], { today: todayUtc() })[0]!;
const officialDomains = ['instagram.com'];

describe('Instagram content', () => {
  it('holds its numbers as data', () => {
    // The download window is known only from secondary sources, so it stays unknown.
    expect(platform.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
  });

  it('covers the settings Instagram has, in order', () => {
    expect(platform.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-discoverability',
      'limit-direct-messages',
      'limit-comments',
      'delete-account',
    ]);
    expect(platform.notOnPlatform).toEqual([]);
  });

  it('starts both paths with the backup step', () => {
    expect(platform.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-discoverability',
      'limit-direct-messages',
      'limit-comments',
    ]);
    expect(platform.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
  });

  it('marks the data-download and deletion steps', () => {
    expect(platform.steps.find((step) => step.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(platform.steps.find((step) => step.kind === 'deletion')?.slug).toBe('delete-account');
  });

  it.each(platform.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length).toBeGreaterThan(0);
    }
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, officialDomains)).toBe(true);
    }
    for (const source of step.sources) {
      expect(isOfficialUrl(source.url, officialDomains)).toBe(true);
    }
  });

  it('asks for the backup before deletion', () => {
    const deletion = platform.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
  });

  it('says logging back in during the grace period cancels the deletion', () => {
    const deletion = platform.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.warnings.join(' ')).toMatch(/logging back in lets you cancel the deletion/i);
  });

  it('never points outside Instagram’s own domains', () => {
    const text = JSON.stringify(platform).toLowerCase();
    expect(text).not.toMatch(/https?:\/\/(?![a-z.]*instagram\.com)/);
  });
});
