import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { facebook as rawFacebook } from './facebook';

// What only Facebook has; the checks every platform shares are in platforms.test.ts.
const facebook = loadPlatforms([rawFacebook], { today: todayUtc() })[0]!;

describe('Facebook content', () => {
  it('holds its numbers as data', () => {
    expect(facebook.officialDomains).toEqual(['facebook.com']);
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

  it('was checked step by step on one day', () => {
    for (const step of facebook.steps) expect(step.lastVerified, step.slug).toBe('2026-12-01');
  });

  it('asks for the backup before deletion', () => {
    const deletion = facebook.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
  });

  it('warns that logging in during the grace period can cancel the deletion', () => {
    const deletion = facebook.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.warnings.join(' ')).toMatch(/logging back in within the 30 days/i);
  });
});
