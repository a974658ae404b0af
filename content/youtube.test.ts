import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { youtube as rawYoutube } from './youtube';
import { youtubeEs } from './es/youtube';

// What only YouTube has; the checks every platform shares are in platforms.test.ts.
const youtube = loadPlatforms([rawYoutube], { today: todayUtc() })[0]!;
const BACKUP = ['download-your-data'];
const step = (slug: string) => youtube.steps.find((each) => each.slug === slug)!;

describe('YouTube content', () => {
  it('holds its numbers as data', () => {
    expect(youtube.officialDomains).toEqual(['google.com', 'youtube.com']);
    // No grace period is known for deleting a channel. Takeout's download link lasts
    // about a week according to university IT guides (no Google figure was found).
    expect(youtube.timings).toEqual({ deletionGraceDays: null, dataFileAvailableDays: 7 });
  });

  it('has only the steps the facts support, in order', () => {
    expect(youtube.steps.map((each) => each.slug)).toEqual([
      'download-your-data',
      'make-videos-private',
      'keep-subscriptions-and-playlists-private',
      'limit-comments',
      'delete-channel',
    ]);
    expect(youtube.steps.find((each) => each.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(youtube.steps.find((each) => each.kind === 'deletion')?.slug).toBe('delete-channel');
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

  it('opens each step’s own setting first', () => {
    const first = Object.fromEntries(youtube.steps.map((each) => [each.slug, each.officialLinks[0]!]));
    expect(first).toMatchObject({
      'download-your-data': { kind: 'setting', url: 'https://takeout.google.com/settings/takeout/custom/youtube' },
      'make-videos-private': { kind: 'setting', url: 'https://studio.youtube.com/channel/UC/videos' },
      'keep-subscriptions-and-playlists-private': { kind: 'setting', url: 'https://www.youtube.com/account_privacy' },
      'limit-comments': { kind: 'setting', url: 'https://studio.youtube.com/' },
      'delete-channel': { kind: 'setting', url: 'https://myaccount.google.com/deleteservices' },
    });
    for (const each of youtube.steps) expect(each.noSettingLink, each.slug).toBeUndefined();
  });

  it('links the help article on each step’s own topic, with its Spanish version', () => {
    const help = (slug: string) => step(slug).officialLinks.filter((link) => link.kind === 'help').map((link) => link.url);
    expect(help('download-your-data')).toEqual(['https://support.google.com/accounts/answer/3024190']);
    expect(help('make-videos-private')).toEqual([
      'https://support.google.com/youtube/answer/157177',
      'https://support.google.com/youtube/answer/3127309',
    ]);
    expect(help('keep-subscriptions-and-playlists-private')).toEqual([
      'https://support.google.com/youtube/answer/7280190',
      'https://support.google.com/youtube/answer/3127309',
    ]);
    // The Creator Academy lesson is no longer a button: Google's own comments article covers it.
    expect(help('limit-comments')).toEqual(['https://support.google.com/youtube/answer/111870']);
    expect(help('delete-channel')).toEqual([
      'https://support.google.com/youtube/answer/55759',
      'https://support.google.com/accounts/answer/32046',
    ]);
    for (const link of youtube.steps.flatMap((each) => each.officialLinks.filter((each) => each.kind === 'help'))) {
      expect(link.localizedUrls.es).toBe(`${link.url}?hl=es`);
    }
  });

  it('says honestly what each step was checked against', () => {
    expect(Object.fromEntries(youtube.steps.map((each) => [each.slug, each.verifiedAgainst]))).toEqual({
      'download-your-data': 'official',
      'make-videos-private': 'official',
      'keep-subscriptions-and-playlists-private': 'secondary',
      'limit-comments': 'official',
      'delete-channel': 'secondary',
    });
    for (const each of youtube.steps) expect(each.lastVerified, each.slug).toBe('2026-12-07');
  });

  it('names the privacy switches the guides attest', () => {
    const text = JSON.stringify(step('keep-subscriptions-and-playlists-private'));
    expect(text).toContain('**Keep all my subscriptions private**');
    expect(text).toContain('**Keep all my saved playlists private**');
  });

  it('gives the download window it reminds about, from a recorded source', () => {
    const download = step('download-your-data');
    expect(download.warnings.join(' ')).toContain('7 days');
    expect(download.sources.map((source) => source.url)).toContain(
      'https://technology.kenyon.edu/knowledge-base-item/f4a37b6e-3cad-4384-be7f-df430cca564f/0332',
    );
  });

  it('says plainly what YouTube does not have, instead of inventing steps', () => {
    const topics = youtube.notOnPlatform.map((entry) => entry.topic);
    expect(topics).toContain('Direct messages');
    expect(topics).toContain('Private account');
    expect(youtube.steps.some((each) => each.slug.includes('message'))).toBe(false);
  });

  it('asks for the backup before deletion, and says there is no known grace period', () => {
    const deletion = step('delete-channel');
    expect(deletion.recommendedBefore).toEqual(BACKUP);
    expect(JSON.stringify(deletion).toLowerCase()).toContain('no known grace period');
  });
});

describe('YouTube in Spanish', () => {
  const spanish = localizePlatform(youtube, 'es', [...loadTranslations([youtubeEs], 'es', [youtube]).values()][0]!);
  const spanishStep = (slug: string) => spanish.steps.find((each) => each.slug === slug)!;

  it('calls unlisted videos Oculto, as YouTube’s Spanish screens do, never No listado', () => {
    const visibility = JSON.stringify(spanishStep('make-videos-private'));
    expect(visibility).toContain('**Oculto** (Unlisted)');
    expect(visibility).toContain('**Privado** (Private)');
    expect(visibility).toContain('**Público** (Public)');
    expect(JSON.stringify(youtubeEs).toLowerCase()).not.toContain('no listad');
  });

  it('opens Google’s help articles in Spanish, and says where Studio labels are unconfirmed', () => {
    for (const each of spanish.steps) {
      expect(each.fallback, each.slug).toBeNull();
      for (const link of each.officialLinks.filter((link) => link.kind === 'help')) {
        expect(link.url).toMatch(/\?hl=es$/);
        expect(link.label).not.toContain('(en inglés)');
      }
    }
    expect(JSON.stringify(spanishStep('limit-comments'))).toContain('No se pudieron confirmar los nombres en español de YouTube Studio');
  });
});
