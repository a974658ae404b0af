import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { isOfficialUrl } from '@/lib/content/problems';
import { DEVICES } from '@/lib/content/schema';
import { youtube as rawYoutube } from './youtube';

// The YouTube content on its own, through the same loader the build uses.
const youtube = loadPlatforms([rawYoutube], { today: todayUtc() })[0]!;
const OFFICIAL = ['google.com', 'youtube.com'];
const BACKUP = ['download-your-data'];

describe('YouTube content', () => {
  it('holds its numbers as data', () => {
    expect(youtube.officialDomains).toEqual(OFFICIAL);
    // No grace period is known for deleting a channel, and Takeout's download window is unverified.
    expect(youtube.timings).toEqual({ deletionGraceDays: null, dataFileAvailableDays: null });
  });

  it('has only the steps the facts support, in order', () => {
    expect(youtube.steps.map((step) => step.slug)).toEqual([
      'download-your-data',
      'make-videos-private',
      'keep-subscriptions-and-playlists-private',
      'limit-comments',
      'delete-channel',
    ]);
    expect(youtube.steps.find((step) => step.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(youtube.steps.find((step) => step.kind === 'deletion')?.slug).toBe('delete-channel');
  });

  it('starts both paths with the backup steps', () => {
    expect(youtube.flows['lock-down'].steps).toEqual([
      ...BACKUP,
      'make-videos-private',
      'keep-subscriptions-and-playlists-private',
      'limit-comments',
    ]);
    expect(youtube.flows.leave.steps).toEqual([...BACKUP, 'delete-channel']);
  });

  it('says plainly what YouTube does not have, instead of inventing steps', () => {
    const topics = youtube.notOnPlatform.map((entry) => entry.topic);
    expect(topics).toContain('Direct messages');
    expect(topics).toContain('Private account');
    expect(youtube.steps.some((step) => step.slug.includes('message'))).toBe(false);
  });

  it.each(youtube.steps.map((step) => [step.slug, step] as const))('%s explains every device and links officially', (_slug, step) => {
    for (const device of DEVICES) {
      const howTo = step.howTo[device];
      expect(howTo.available ? howTo.steps.length : howTo.reason.length).toBeGreaterThan(0);
    }
    // At least one device has real instructions.
    expect(DEVICES.some((device) => step.howTo[device].available)).toBe(true);
    for (const link of step.officialLinks) {
      expect(link.label).toMatch(/^Open /);
      expect(isOfficialUrl(link.url, OFFICIAL)).toBe(true);
    }
    for (const source of step.sources) {
      expect(isOfficialUrl(source.url, OFFICIAL)).toBe(true);
    }
  });

  it('asks for the backup before deletion, and promises no countdown', () => {
    const deletion = youtube.steps.find((step) => step.slug === 'delete-channel')!;
    expect(deletion.recommendedBefore).toEqual(BACKUP);
    const text = JSON.stringify(deletion).toLowerCase();
    expect(text).toContain('no known grace period');
    expect(text).not.toMatch(/\b\d+ days\b/);
    expect(youtube.flows.leave.description.toLowerCase()).not.toContain('grace');
  });

  it('never points outside the official domains', () => {
    const text = JSON.stringify(youtube).toLowerCase();
    expect(text).not.toMatch(/https?:\/\/(?!(?:[a-z0-9-]+\.)*(?:google|youtube)\.com(?:[/?#"]|$))/);
  });
});
