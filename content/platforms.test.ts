import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES, type Platform } from '@/lib/content/schema';
import { rawPlatforms } from './index';

/*
 * What every checklist must do, whatever the platform. What only one platform
 * has (its steps, its numbers, what it lacks) is tested in its own file.
 */

// The real content, through the same loader the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });

const deletionStep = (platform: Platform) => platform.steps.find((step) => step.kind === 'deletion')!;

describe.each(platforms.map((platform) => [platform.name, platform] as const))('%s content', (_name, platform) => {
  it.each(platform.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length, device).toBeGreaterThan(0);
    }
    // At least one device has real instructions.
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, platform.officialDomains), link.url).toBe(true);
    }
    for (const source of step.sources) {
      expect(isOfficialUrl(source.url, platform.officialDomains), source.url).toBe(source.kind === 'official');
    }
  });

  it.each(platform.steps.map((step) => [step.slug, step] as const))('%s opens its setting first, or says why it cannot', (_slug, step) => {
    if (step.officialLinks[0]!.kind === 'setting') expect(step.noSettingLink).toBeUndefined();
    else expect(step.noSettingLink, 'a step without a setting link says why').toMatch(/\S/);
  });

  it('starts with the data download and ends with the deletion', () => {
    expect(platform.steps[0]!.kind).toBe('data-download');
    expect(platform.steps.at(-1)!.kind).toBe('deletion');
  });

  it('asks for the backup before deletion, data download included', () => {
    const download = platform.steps.find((step) => step.kind === 'data-download')!;
    expect(deletionStep(platform).recommendedBefore).toContain(download.slug);
  });

  it('starts both paths with the backup steps', () => {
    const deletion = deletionStep(platform);
    const backup = deletion.recommendedBefore;
    expect(platform.flows['lock-down'].steps.slice(0, backup.length)).toEqual(backup);
    expect(platform.flows.leave.steps).toEqual([...backup, deletion.slug]);
  });

  it('never points outside the official domains', () => {
    // Any address, anywhere in the content (text included), not only the links.
    // Independent guides are the one place another site may appear: recorded as sources, marked secondary.
    const withoutGuides = { ...platform, steps: platform.steps.map((step) => ({ ...step, sources: step.sources.filter((source) => source.kind === 'official') })) };
    const urls = JSON.stringify(withoutGuides).match(/https?:\/\/[^\s"'”)]*/gi) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(isOfficialUrl(url, platform.officialDomains), url).toBe(true);
  });
});

const withDownloadWindow = (known: boolean) =>
  platforms.filter((platform) => (platform.timings.dataFileAvailableDays !== null) === known).map((platform) => [platform.name, platform] as const);

const withGracePeriod = (known: boolean) =>
  platforms.filter((platform) => (platform.timings.deletionGraceDays !== null) === known).map((platform) => [platform.name, platform] as const);

// Instagram is left out: its download step says how long the copy takes to
// prepare ("up to 30 days"), which this check cannot tell from a download window.
const promisingNoDownloadWindow = withDownloadWindow(false).filter(([, platform]) => platform.slug !== 'instagram');

describe.each(promisingNoDownloadWindow)('%s, whose download window is unknown', (_name, platform) => {
  it('does not promise a download window it does not know', () => {
    const download = platform.steps.find((step) => step.kind === 'data-download')!;
    expect(JSON.stringify(download)).not.toMatch(/\d+ days/);
  });
});

describe.each(withGracePeriod(true))('%s, whose deletion has a grace period', (_name, platform) => {
  it('says how long the grace period is, and warns about logging back in', () => {
    const warnings = deletionStep(platform).warnings.join(' ');
    expect(warnings).toContain(`${platform.timings.deletionGraceDays} days`);
    expect(warnings).toMatch(/log(ging)? (back )?in/i);
  });

  it('says how long the grace period is when offering to leave', () => {
    expect(platform.flows.leave.description).toContain(`${platform.timings.deletionGraceDays} days`);
  });
});

describe.each(withGracePeriod(false))('%s, whose deletion has no known grace period', (_name, platform) => {
  it('promises no countdown', () => {
    expect(JSON.stringify(deletionStep(platform)).toLowerCase()).not.toMatch(/\b\d+ days\b/);
    expect(platform.flows.leave.description.toLowerCase()).not.toContain('grace');
  });
});

describe('all checklists together', () => {
  const steps = platforms.flatMap((platform) => platform.steps);

  it('open the setting itself first on at least 30 steps, and never link a help page first when a setting exists', () => {
    const settingFirst = steps.filter((step) => step.officialLinks[0]!.kind === 'setting');
    expect(settingFirst.length).toBeGreaterThanOrEqual(30);
    for (const step of steps) {
      const settingAt = step.officialLinks.findIndex((link) => link.kind === 'setting');
      expect(settingAt, step.slug).toBeLessThanOrEqual(0);
    }
  });

  it('offer a data-file reminder wherever the platform says how long its file stays available', () => {
    const withWindow = platforms.filter((platform) => platform.timings.dataFileAvailableDays !== null).map((platform) => platform.slug);
    expect(withWindow).toEqual(expect.arrayContaining(['tiktok', 'instagram', 'youtube', 'facebook']));
    for (const platform of platforms) {
      expect(platform.steps.some((step) => step.kind === 'data-download'), platform.slug).toBe(true);
    }
  });
});
