import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { snapchat as rawSnapchat } from './snapchat';

// What only Snapchat has; the checks every platform shares are in platforms.test.ts.
const snapchat = loadPlatforms([rawSnapchat], { today: todayUtc() })[0]!;

describe('Snapchat content', () => {
  it('holds its numbers as data', () => {
    expect(snapchat.officialDomains).toEqual(['snapchat.com']);
    // 30 days of deactivation before deletion; how long the data file lasts is unknown.
    expect(snapchat.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
  });

  it('has only the steps the facts support, in order', () => {
    expect(snapchat.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'make-account-private',
      'turn-off-quick-add',
      'limit-direct-messages',
      'delete-account',
    ]);
  });

  it('starts both paths with the backup step', () => {
    expect(snapchat.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'make-account-private',
      'turn-off-quick-add',
      'limit-direct-messages',
    ]);
    expect(snapchat.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
    expect(snapchat.flows.leave.title).toBe('Leave Snapchat');
  });

  it('says plainly that there are no comment controls to set', () => {
    expect(snapchat.notOnPlatform.map((entry) => entry.topic)).toEqual(['Comments']);
  });

  it('was checked step by step on one day', () => {
    for (const step of snapchat.steps) expect(step.lastVerified, step.slug).toBe('2026-12-01');
  });

  it('asks for the backup before deletion', () => {
    const deletion = snapchat.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
  });
});
