import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES } from '@/lib/content/schema';
import { xPlatform } from './x';

// The X content, through the same loader the build uses.
const x = loadPlatforms([xPlatform], { today: todayUtc() })[0]!;
const OFFICIAL_DOMAINS = ['x.com', 'twitter.com'];

describe('X content', () => {
  it('holds its numbers as data', () => {
    // 30 days of deactivation before deletion; the archive's download window is unknown.
    expect(x.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
    expect(x.officialDomains).toEqual(OFFICIAL_DOMAINS);
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
    expect(x.steps[0]!.kind).toBe('data-download');
    expect(x.steps.at(-1)!.kind).toBe('deletion');
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

  it.each(x.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length).toBeGreaterThan(0);
    }
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, OFFICIAL_DOMAINS)).toBe(true);
    }
    for (const source of step.sources) {
      expect(isOfficialUrl(source.url, OFFICIAL_DOMAINS)).toBe(true);
    }
  });

  it('asks for the backup before deletion, and says how the deletion is cancelled', () => {
    const deletion = x.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
    expect(deletion.warnings.join(' ')).toMatch(/30 days/);
    expect(deletion.warnings.join(' ')).toMatch(/Logging back in .*cancels the deletion/);
  });

  it('does not promise a download window it does not know', () => {
    const download = x.steps.find((step) => step.kind === 'data-download')!;
    expect(JSON.stringify(download)).not.toMatch(/\d+ days/);
  });

  it('says what X does not have instead of inventing a step', () => {
    expect(x.notOnPlatform.map((entry) => entry.topic)).toEqual(['Pausing your account without deleting it']);
  });

  it('never points outside the official domains', () => {
    const urls = JSON.stringify(x).match(/https?:\/\/[^\s"'”)]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(isOfficialUrl(url, OFFICIAL_DOMAINS), url).toBe(true);
  });
});
