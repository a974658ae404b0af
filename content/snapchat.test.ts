import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { snapchat as rawSnapchat } from './snapchat';
import { snapchatEs } from './es/snapchat';

// What only Snapchat has; the checks every platform shares are in platforms.test.ts.
const snapchat = loadPlatforms([rawSnapchat], { today: todayUtc() })[0]!;
const step = (slug: string) => snapchat.steps.find((each) => each.slug === slug)!;
const APP_ONLY = ['make-account-private', 'turn-off-quick-add', 'limit-direct-messages'];
const PRIVACY_HELP = 'https://help.snapchat.com/hc/en-us/articles/7012343074580-How-do-I-change-my-privacy-settings-on-Snapchat';

describe('Snapchat content', () => {
  it('holds its numbers as data', () => {
    // snap.com: Snap's own privacy hub is a source.
    expect(snapchat.officialDomains).toEqual(['snapchat.com', 'snap.com']);
    // 30 days of deactivation before deletion; how long the data file lasts is not published.
    expect(snapchat.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
  });

  it('has only the steps the facts support, in order', () => {
    expect(snapchat.steps.map((each) => each.slug)).toEqual([
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

  it('opens the account portal’s own pages first for the data file and the deletion', () => {
    expect(step('download-your-data').officialLinks.map(({ kind, url }) => ({ kind, url }))).toEqual([
      { kind: 'setting', url: 'https://accounts.snapchat.com/v2/download-my-data' },
      { kind: 'help', url: 'https://help.snapchat.com/hc/en-us/articles/7012305371156-How-do-I-download-my-data-from-Snapchat' },
    ]);
    expect(step('delete-account').officialLinks.map(({ kind, url }) => ({ kind, url }))).toEqual([
      { kind: 'setting', url: 'https://accounts.snapchat.com/accounts/delete_account' },
      { kind: 'help', url: 'https://help.snapchat.com/hc/en-us/articles/7012328360596-How-do-I-deactivate-or-delete-my-Snapchat-account' },
    ]);
    expect(step('download-your-data').noSettingLink).toBeUndefined();
    expect(step('delete-account').noSettingLink).toBeUndefined();
    expect(JSON.stringify(step('download-your-data'))).toContain('**Export your Memories**');
  });

  it.each(APP_ONLY)('%s says the setting is only in the app, and which screen to open', (slug) => {
    const appOnly = step(slug);
    expect(appOnly.officialLinks.map(({ kind, url }) => ({ kind, url }))).toEqual([{ kind: 'help', url: PRIVACY_HELP }]);
    expect(appOnly.noSettingLink).toMatch(/only in the app/);
    expect(appOnly.noSettingLink).toContain('**Settings**, then **Privacy Controls**');
    expect(appOnly.howTo.web.available).toBe(false);
  });

  it('links Snapchat’s help articles in Spanish too', () => {
    for (const link of snapchat.steps.flatMap((each) => each.officialLinks.filter((each) => each.kind === 'help'))) {
      expect(link.localizedUrls.es).toMatch(/^https:\/\/help\.snapchat\.com\/hc\/es\/articles\/70123/);
    }
  });

  it('says honestly what each step was checked against', () => {
    for (const each of snapchat.steps) {
      expect(each.verifiedAgainst, each.slug).toBe('official');
      expect(each.lastVerified, each.slug).toBe('2026-12-07');
    }
  });

  it('says plainly that there are no comment controls to set', () => {
    expect(snapchat.notOnPlatform.map((entry) => entry.topic)).toEqual(['Comments']);
  });

  it('asks for the backup before deletion', () => {
    expect(step('delete-account').recommendedBefore).toEqual(['download-your-data']);
  });
});

describe('Snapchat in Spanish', () => {
  const spanish = localizePlatform(snapchat, 'es', [...loadTranslations([snapchatEs], 'es', [snapchat]).values()][0]!);
  const spanishStep = (slug: string) => spanish.steps.find((each) => each.slug === slug)!;

  it('names the privacy controls as Snapchat’s Spanish help page does', () => {
    const text = (slug: string) => JSON.stringify(spanishStep(slug));
    expect(text('make-account-private')).toContain('**Configuración** (Settings)');
    expect(text('make-account-private')).toContain('**Controles de privacidad** (Privacy Controls)');
    expect(text('make-account-private')).toContain('**Quién puede ver Mi Historia** (Who Can View My Story)');
    expect(text('make-account-private')).toContain('**Personalizar** (Custom)');
    expect(text('make-account-private')).toContain('**Quién puede ver mi ubicación** (Who Can See My Location)');
    expect(text('make-account-private')).toContain('**Mapa de Snaps** (Snap Map)');
    expect(text('make-account-private')).toContain('**Indicador de actividad** (Activity Indicator)');
    expect(text('turn-off-quick-add')).toContain('**Quién puede verme en Encontrar amigxs** (Who Can See Me In Find Friends)');
    expect(text('turn-off-quick-add')).toContain('amigos');
    expect(text('limit-direct-messages')).toContain('**Quién puede ponerse en contacto conmigo** (Who Can Contact Me)');
    expect(text('limit-direct-messages')).toContain('**Mis amigxs** (My Friends)');
    // The old glosses, which Snapchat's Spanish screens don't use.
    for (const wrong of ['Quién puede contactarme', 'Quién puede ver mi Story', 'Buscar amigos']) {
      expect(JSON.stringify(snapchatEs)).not.toContain(wrong);
    }
  });

  it('says why there is no setting link, in Spanish, and opens the Spanish help page', () => {
    for (const slug of APP_ONLY) {
      const appOnly = spanishStep(slug);
      expect(appOnly.fallback).toBeNull();
      expect(appOnly.noSettingLink).toMatch(/solo está|solo están/);
      expect(appOnly.officialLinks[0]).toMatchObject({ kind: 'help', hrefLang: 'es' });
      expect(appOnly.officialLinks[0]!.url).toMatch(/^https:\/\/help\.snapchat\.com\/hc\/es\/articles\/7012343074580/);
      expect(appOnly.officialLinks[0]!.label).not.toContain('(en inglés)');
    }
  });
});
