import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { tiktokEs } from './es/tiktok';
import { tiktok as rawTiktok } from './tiktok';

// What only TikTok has; the checks every platform shares are in platforms.test.ts.
const tiktok = loadPlatforms([rawTiktok], { today: todayUtc() })[0]!;
const spanish = localizePlatform(tiktok, 'es', loadTranslations([tiktokEs], 'es', [tiktok]).get('tiktok'));

const step = (slug: string) => tiktok.steps.find((each) => each.slug === slug)!;
const spanishStep = (slug: string) => spanish.steps.find((each) => each.slug === slug)!;

/** Every sentence a person reads in a step, in one string. */
function wordsOf(each: (typeof spanish.steps)[number]): string {
  const howTo = Object.values(each.howTo).flatMap((tab) => (tab.available ? [...tab.steps, tab.note ?? ''] : [tab.reason]));
  return [each.title, each.summary, ...each.why, ...each.changes, ...each.unchanged, ...howTo, ...each.warnings, each.noSettingLink ?? ''].join('\n');
}

const PRIVACY_TAB = 'https://www.tiktok.com/setting?activeTab=privacy';
const HELP = 'https://support.tiktok.com/en/';

describe('TikTok content', () => {
  it('holds its numbers as data', () => {
    expect(tiktok.officialDomains).toEqual(['tiktok.com']);
    expect(tiktok.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: 4 });
  });

  it('covers every setting the product promises', () => {
    expect(tiktok.steps.map((each) => each.slug)).toEqual([
      'download-your-data',
      'save-your-videos',
      'make-account-private',
      'turn-off-account-suggestions',
      'stop-contact-syncing',
      'limit-direct-messages',
      'limit-comments-and-mentions',
      'limit-duets-stitches-downloads',
      'delete-account',
    ]);
  });

  it('starts both paths with its two backup steps', () => {
    expect(tiktok.flows['lock-down'].steps.slice(0, 2)).toEqual(['download-your-data', 'save-your-videos']);
    expect(tiktok.flows.leave.steps).toEqual(['download-your-data', 'save-your-videos', 'delete-account']);
    expect(tiktok.flows['lock-down'].steps).toHaveLength(8);
  });

  it('asks for both backups before deletion', () => {
    expect(step('delete-account').recommendedBefore).toEqual(['download-your-data', 'save-your-videos']);
  });
});

describe('TikTok links: the setting first', () => {
  it.each([
    ['download-your-data', 'https://www.tiktok.com/setting/download-your-data'],
    ['make-account-private', PRIVACY_TAB],
    ['turn-off-account-suggestions', PRIVACY_TAB],
    ['limit-direct-messages', 'https://www.tiktok.com/setting/privacy/direct-messages'],
    ['limit-comments-and-mentions', PRIVACY_TAB],
    ['limit-duets-stitches-downloads', PRIVACY_TAB],
    ['delete-account', 'https://www.tiktok.com/setting'],
  ])('%s opens its setting first: %s', (slug, url) => {
    const [first, ...rest] = step(slug).officialLinks;
    expect(first).toMatchObject({ kind: 'setting', url });
    expect(rest.map((link) => link.kind)).toEqual(['help']);
    expect(step(slug).noSettingLink).toBeUndefined();
  });

  it.each([
    ['download-your-data', 'account-and-privacy/personalized-ads-and-data/requesting-your-data'],
    ['save-your-videos', 'account-and-privacy/account-privacy-settings/video-downloads'],
    ['make-account-private', 'account-and-privacy/account-privacy-settings/making-your-account-public-or-private'],
    ['turn-off-account-suggestions', 'account-and-privacy/account-privacy-settings/suggested-accounts'],
    ['stop-contact-syncing', 'account-and-privacy/account-privacy-settings/suggested-accounts'],
    ['limit-direct-messages', 'using-tiktok/messaging-and-notifications/direct-message-settings'],
    ['limit-comments-and-mentions', 'account-and-privacy/account-privacy-settings/manage-comments'],
    ['limit-duets-stitches-downloads', 'account-and-privacy/account-privacy-settings/duets'],
    ['delete-account', 'account-and-privacy/deleting-an-account/deleting-an-account'],
  ])('%s links the help article on its own topic, in English and Spanish', (slug, path) => {
    const help = step(slug).officialLinks.find((link) => link.kind === 'help')!;
    expect(help.url).toBe(`${HELP}${path}`);
    expect(help.localizedUrls).toEqual({ es: `https://support.tiktok.com/es/${path}` });
  });

  it('says why saving videos and contact syncing have no settings address, and which app screen to open', () => {
    for (const slug of ['save-your-videos', 'stop-contact-syncing']) {
      expect(step(slug).officialLinks.map((link) => link.kind), slug).toEqual(['help']);
      expect(step(slug).noSettingLink, slug).toMatch(/in the app/i);
    }
    expect(step('save-your-videos').noSettingLink).toContain('**Save video**');
    expect(step('stop-contact-syncing').noSettingLink).toContain('**Sync contacts and Facebook friends**');
  });

  it('no longer sends the video step to the data request article', () => {
    const urls = step('save-your-videos').officialLinks.map((link) => link.url);
    expect(urls.some((url) => url.includes('requesting-your-data') || url.includes('download-your-data'))).toBe(false);
  });

  it('says on the page where the web page may not have the option', () => {
    const web = (slug: string) => {
      const tab = step(slug).howTo.web;
      return tab.available ? [...tab.steps, tab.note ?? ''].join(' ') : tab.reason;
    };
    expect(web('turn-off-account-suggestions')).toMatch(/may only be in the app/);
    expect(web('limit-comments-and-mentions')).toMatch(/only \*\*Everyone\*\* or \*\*Friends\*\*/);
    expect(web('limit-duets-stitches-downloads')).toMatch(/did not find it/);
    expect(web('limit-direct-messages')).toMatch(/\*\*No one\*\* in the app/);
  });
});

describe('TikTok verification', () => {
  it('was checked again on one day, against TikTok’s own help pages', () => {
    for (const each of tiktok.steps) {
      expect(each.lastVerified, each.slug).toBe('2026-12-07');
      expect(each.verifiedAgainst, each.slug).toBe('official');
    }
  });

  it('marks its sources by whose page they are', () => {
    for (const each of tiktok.steps) {
      for (const source of each.sources) {
        const onTiktok = new URL(source.url).hostname.endsWith('tiktok.com');
        expect(source.kind, `${each.slug}: ${source.url}`).toBe(onTiktok ? 'official' : 'secondary');
      }
    }
  });

  it('names the independent guides its deletion path and Spanish labels rest on', () => {
    const deletion = step('delete-account').sources.filter((source) => source.kind === 'secondary').map((source) => new URL(source.url).hostname);
    expect(deletion).toEqual(expect.arrayContaining(['twicsy.com', 'voonze.com', 'eluniversal.com.mx']));
    expect(step('make-account-private').sources.map((source) => source.url)).toContain(
      'https://blog.phonehouse.es/2024/05/07/como-hacer-privada-una-cuenta-de-tiktok/',
    );
  });

  it('cites no notes outside the repository', () => {
    for (const file of ['content/tiktok.ts', 'content/es/tiktok.ts']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\/work\/shared|\.\.\/shared/);
    }
  });
});

describe('TikTok in Spanish', () => {
  it('shows every step in Spanish, with the Spanish help pages and no “(en inglés)”', () => {
    for (const each of spanish.steps) {
      expect(each, each.slug).toMatchObject({ language: 'es', fallback: null });
      for (const link of each.officialLinks) {
        expect(link.label, each.slug).toMatch(/^Abrir /);
        expect(link.label, each.slug).not.toContain('(en inglés)');
        if (link.kind === 'help') expect(link.url, each.slug).toMatch(/^https:\/\/support\.tiktok\.com\/es\//);
      }
    }
  });

  it('says in Spanish why two steps have no settings address', () => {
    expect(spanishStep('save-your-videos').noSettingLink).toMatch(/ninguna dirección web/);
    expect(spanishStep('stop-contact-syncing').noSettingLink).toMatch(/ninguna dirección web/);
  });

  it('bolds the Spanish labels Spanish sources confirm, with the English one after', () => {
    const words = spanish.steps.map(wordsOf).join('\n');
    for (const label of [
      '**Perfil** (Profile)',
      '**Ajustes y privacidad** (Settings and privacy)',
      '**Privacidad** (Privacy)',
      '**Cuenta privada** (Private account)',
      '**Cuenta** (Account)',
      '**Descargar tus datos** (Download your data)',
      '**Desactivar o eliminar la cuenta** (Deactivate or delete account)',
      '**Eliminar la cuenta permanentemente** (Delete account permanently)',
      '**Administrar cuenta** (Manage account)',
      '**Amigos** (Friends)',
      '**Seguidores** (Followers)',
      '**Todo el mundo** (Everyone)',
      '**Dúo** (Duet)',
      '**Pegar** (Stitch)',
    ]) {
      expect(words).toContain(label);
    }
    // Some regions say "Configuración y privacidad"; the page says so.
    expect(wordsOf(spanishStep('download-your-data'))).toContain('**Configuración y privacidad**');
  });

  it('calls Duet and Stitch Dúo and Pegar, and Everyone Todo el mundo, as TikTok’s Spanish help does', () => {
    for (const each of spanish.steps) {
      const words = wordsOf(each);
      expect(words, each.slug).not.toMatch(/\b(Duet|Stitch)\b(?!\))/);
      expect(words, each.slug).not.toContain('(Todos)');
      expect(words, each.slug).not.toContain('**Everyone**');
    }
    expect(spanishStep('limit-duets-stitches-downloads').title).toBe('Limita Dúo, Pegar y las descargas');
  });
});
