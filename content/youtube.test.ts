import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { youtube as rawYoutube } from './youtube';

// What only YouTube has; the checks every platform shares are in platforms.test.ts.
const youtube = loadPlatforms([rawYoutube], { today: todayUtc() })[0]!;
const BACKUP = ['download-your-data'];

describe('YouTube content', () => {
  it('holds its numbers as data', () => {
    expect(youtube.officialDomains).toEqual(['google.com', 'youtube.com']);
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

  it('asks for the backup before deletion, and says there is no known grace period', () => {
    const deletion = youtube.steps.find((step) => step.slug === 'delete-channel')!;
    expect(deletion.recommendedBefore).toEqual(BACKUP);
    expect(JSON.stringify(deletion).toLowerCase()).toContain('no known grace period');
  });
});
