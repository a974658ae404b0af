import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { facebookEs } from './es/facebook';
import { facebook as rawFacebook } from './facebook';

// What only Facebook has; the checks every platform shares are in platforms.test.ts.
const facebook = loadPlatforms([rawFacebook], { today: todayUtc() })[0]!;
const step = (slug: string) => facebook.steps.find((each) => each.slug === slug)!;

describe('Facebook content', () => {
  it('holds its numbers as data', () => {
    // Messenger's help centre and Meta's own pages about Facebook's privacy tools are official too.
    expect(facebook.officialDomains).toEqual(['facebook.com', 'messenger.com', 'meta.com']);
    expect(facebook.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: 4 });
  });

  it('covers the settings Facebook has, in order', () => {
    expect(facebook.steps.map((each) => each.slug)).toEqual([
      'download-your-data',
      'limit-who-sees-your-posts',
      'limit-how-people-find-you',
      'limit-direct-messages',
      'limit-comments',
      'review-tags',
      'delete-account',
    ]);
    expect(facebook.steps.find((each) => each.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(facebook.steps.find((each) => each.kind === 'deletion')?.slug).toBe('delete-account');
  });

  it('starts both paths with the backup step, and reviews tags when locking down', () => {
    expect(facebook.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'limit-who-sees-your-posts',
      'limit-how-people-find-you',
      'limit-direct-messages',
      'limit-comments',
      'review-tags',
    ]);
    expect(facebook.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
  });

  it.each([
    ['download-your-data', 'https://accountscenter.facebook.com/info_and_permissions/dyi'],
    ['limit-who-sees-your-posts', 'https://www.facebook.com/privacy/checkup/'],
    ['limit-how-people-find-you', 'https://www.facebook.com/privacy/checkup/'],
    ['limit-comments', 'https://www.facebook.com/settings?tab=followers'],
    ['review-tags', 'https://www.facebook.com/settings?tab=timeline'],
    ['delete-account', 'https://www.facebook.com/help/delete_account'],
  ])('%s opens its own setting first', (slug, url) => {
    expect(step(slug).officialLinks[0]).toMatchObject({ kind: 'setting', url });
    expect(step(slug).noSettingLink).toBeUndefined();
  });

  it('keeps the Privacy Center as the overview after the Privacy Checkup', () => {
    for (const slug of ['limit-who-sees-your-posts', 'limit-how-people-find-you']) {
      expect(step(slug).officialLinks.map((link) => [link.kind, link.url])).toEqual([
        ['setting', 'https://www.facebook.com/privacy/checkup/'],
        ['hub', 'https://www.facebook.com/privacy/center/'],
      ]);
    }
  });

  it('says why messages have no settings link, and where the setting is in the apps', () => {
    const messages = step('limit-direct-messages');
    expect(messages.officialLinks.map((link) => [link.kind, link.url])).toEqual([['help', 'https://www.messenger.com/help/2258699540867663']]);
    expect(messages.noSettingLink).toMatch(/no web address.*Messenger app.*\*\*Message delivery\*\*.*\*\*Message delivery settings\*\*/);
  });

  it('links the help articles on each step’s own topic, in English only', () => {
    expect(step('download-your-data').officialLinks[1]).toMatchObject({ kind: 'help', url: 'https://www.facebook.com/help/212802592074644', localizedUrls: {} });
    expect(step('delete-account').officialLinks[1]).toMatchObject({ kind: 'help', url: 'https://www.facebook.com/help/224562897555674', localizedUrls: {} });
    expect(step('review-tags').officialLinks[1]).toMatchObject({ kind: 'help', url: 'https://about.meta.com/actions/safety/topics/safety-basics/tools/privacy' });
  });

  it('mentions that the download tool is also called Export your information, and that the comments label is unconfirmed', () => {
    expect(JSON.stringify(step('download-your-data').howTo)).toContain('**Export your information**');
    expect(JSON.stringify(step('limit-comments').howTo)).toMatch(/English label is unconfirmed/);
  });

  it('says honestly what each step was checked against', () => {
    expect(Object.fromEntries(facebook.steps.map((each) => [each.slug, each.verifiedAgainst]))).toEqual({
      'download-your-data': 'secondary',
      'limit-who-sees-your-posts': 'secondary',
      'limit-how-people-find-you': 'secondary',
      'limit-direct-messages': 'official',
      'limit-comments': 'secondary',
      'review-tags': 'official',
      'delete-account': 'secondary',
    });
    for (const each of facebook.steps) expect(each.lastVerified, each.slug).toBe('2026-12-07');
  });

  it('says plainly that there is no private account switch', () => {
    expect(facebook.notOnPlatform.map((entry) => entry.topic)).toEqual(['A private account switch']);
  });

  it('asks for the backup before deletion', () => {
    expect(step('delete-account').recommendedBefore).toEqual(['download-your-data']);
  });

  it('warns that logging in during the grace period can cancel the deletion', () => {
    expect(step('delete-account').warnings.join(' ')).toMatch(/logging back in within the 30 days/i);
  });
});

describe('Facebook in Spanish', () => {
  const all = JSON.stringify(facebookEs);

  it('uses the labels Spanish-language guides confirm, with the English in parentheses', () => {
    for (const [spanish, english] of [
      ['Configuración y privacidad', 'Settings & privacy'],
      ['Configuración', 'Settings'],
      ['Centro de cuentas', 'Accounts Center'],
      ['Descargar tu información', 'Download your information'],
      ['Datos personales', 'Personal details'],
      ['Propiedad y control de la cuenta', 'Account ownership and control'],
      ['Desactivación o eliminación', 'Deactivation or deletion'],
      ['Eliminar cuenta', 'Delete account'],
    ]) {
      expect(all).toContain(`**${spanish}** (${english})`);
    }
  });

  it('drops the wrong glosses', () => {
    expect(all).not.toContain('Ajustes y privacidad');
    expect(all).not.toContain('(Ajustes)');
    expect(all).not.toContain('**Accounts Center** (Centro de cuentas)');
  });

  it('translates the reason messages have no settings link, and the new tags step', () => {
    expect(facebookEs.steps['limit-direct-messages'].noSettingLink).toMatch(/no tiene una dirección web para este ajuste/);
    expect(facebookEs.steps['review-tags'].title).toBe('Revisa las etiquetas antes de que aparezcan');
    expect(JSON.stringify(facebookEs.steps['review-tags'])).toContain('**Profile and tagging** (Perfil y etiquetado)');
  });

  it('says where a Spanish label could not be confirmed', () => {
    expect(JSON.stringify(facebookEs.steps['review-tags'])).toMatch(/No se pudieron confirmar los nombres en español/);
  });
});
