import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { xPlatform } from './x';

// What only X has; the checks every platform shares are in platforms.test.ts.
const x = loadPlatforms([xPlatform], { today: todayUtc() })[0]!;

describe('X content', () => {
  it('holds its numbers as data', () => {
    // 30 days of deactivation before deletion; the archive's download window is unknown.
    expect(x.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
    expect(x.officialDomains).toEqual(['x.com', 'twitter.com']);
  });

  it('covers the settings X has, in order', () => {
    expect(x.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'make-account-private',
      'turn-off-discoverability',
      'limit-direct-messages',
      'limit-replies',
      'delete-account',
    ]);
  });

  it('starts both paths with the backup step', () => {
    expect(x.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'make-account-private',
      'turn-off-discoverability',
      'limit-direct-messages',
      'limit-replies',
    ]);
    expect(x.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
    expect(x.flows.leave.title).toBe('Leave X (formerly Twitter)');
  });

  it('asks for the backup before deletion, and says how the deletion is cancelled', () => {
    const deletion = x.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
    expect(deletion.warnings.join(' ')).toMatch(/Logging back in .*cancels the deletion/);
  });

  it('says what X does not have instead of inventing a step', () => {
    expect(x.notOnPlatform.map((entry) => entry.topic)).toEqual(['Pausing your account without deleting it']);
  });
});
