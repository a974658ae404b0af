import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES } from '@/lib/content/schema';
import { facebook as rawFacebook } from './facebook';

// The Facebook content on its own, through the same loader the build uses.
const facebook = loadPlatforms([rawFacebook], { today: todayUtc() }).find((platform) => platform.slug === 'facebook')!;

describe('Facebook content', () => {
  it('holds its numbers as data', () => {
    expect(facebook.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: 4 });
  });

  it('covers the settings Facebook has, in order', () => {
    expect(facebook.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'limit-who-sees-your-posts',
      'limit-how-people-find-you',
      'limit-direct-messages',
      'limit-comments',
      'delete-account',
    ]);
    expect(facebook.steps.find((step) => step.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(facebook.steps.find((step) => step.kind === 'deletion')?.slug).toBe('delete-account');
  });

  it('starts both paths with the backup step', () => {
    expect(facebook.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'limit-who-sees-your-posts',
      'limit-how-people-find-you',
      'limit-direct-messages',
      'limit-comments',
    ]);
    expect(facebook.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
  });

  it('says plainly that there is no private account switch', () => {
    expect(facebook.notOnPlatform.map((entry) => entry.topic)).toEqual(['A private account switch']);
  });

  it.each(facebook.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length).toBeGreaterThan(0);
    }
    // At least one device has real instructions.
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, ['facebook.com'])).toBe(true);
    }
    for (const source of step.sources) {
      expect(isOfficialUrl(source.url, ['facebook.com'])).toBe(true);
    }
    expect(step.lastVerified).toBe('2026-12-01');
  });

  it('asks for the backup before deletion', () => {
    const deletion = facebook.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
  });

  it('warns that logging in during the grace period can cancel the deletion', () => {
    const deletion = facebook.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.warnings.join(' ')).toMatch(/logging back in within the 30 days/i);
  });

  it('never points outside Facebook’s own domains', () => {
    const text = JSON.stringify(facebook).toLowerCase();
    expect(text).not.toMatch(/https?:\/\/(?![a-z.]*facebook\.com)/);
  });
});
