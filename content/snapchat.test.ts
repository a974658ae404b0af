import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES } from '@/lib/content/schema';
import { snapchat as rawSnapchat } from './snapchat';

// The Snapchat content on its own, through the same loader the build uses.
const snapchat = loadPlatforms([rawSnapchat], { today: todayUtc() })[0]!;
const OFFICIAL = ['snapchat.com'];

describe('Snapchat content', () => {
  it('holds its numbers as data', () => {
    expect(snapchat.officialDomains).toEqual(OFFICIAL);
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
    expect(snapchat.steps[0]!.kind).toBe('data-download');
    expect(snapchat.steps.at(-1)!.kind).toBe('deletion');
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
    expect(snapchat.flows.leave.description).toMatch(/30 days/);
  });

  it('says plainly that there are no comment controls to set', () => {
    expect(snapchat.notOnPlatform.map((entry) => entry.topic)).toEqual(['Comments']);
  });

  it.each(snapchat.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length).toBeGreaterThan(0);
    }
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, OFFICIAL)).toBe(true);
    }
    for (const link of step.sources) {
      expect(isOfficialUrl(link.url, OFFICIAL)).toBe(true);
    }
    expect(step.lastVerified).toBe('2026-12-01');
  });

  it('asks for the backup before deletion and warns about logging back in', () => {
    const deletion = snapchat.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
    expect(deletion.warnings.join(' ')).toMatch(/log(ging)? (back )?in/i);
  });

  it('points nowhere outside Snapchat’s own domains', () => {
    const text = JSON.stringify(snapchat).toLowerCase();
    expect(text).not.toMatch(/https?:\/\/(?![a-z.]*snapchat\.com)/);
  });
});
