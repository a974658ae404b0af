import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { xPlatformEs } from './es/x';
import { xPlatform } from './x';

// What only X has; the checks every platform shares are in platforms.test.ts.
const x = loadPlatforms([xPlatform], { today: todayUtc() })[0]!;
const step = (slug: string) => x.steps.find((each) => each.slug === slug)!;

describe('X content', () => {
  it('holds its numbers as data', () => {
    // 30 days of deactivation before deletion; the archive's download window is not stated anywhere we found.
    expect(x.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: null });
    expect(x.officialDomains).toEqual(['x.com', 'twitter.com']);
  });

  it('covers the settings X has, in order', () => {
    expect(x.steps.map((each) => each.slug)).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-photo-tagging',
      'turn-off-discoverability',
      'limit-direct-messages',
      'limit-replies',
      'delete-account',
    ]);
  });

  it('starts both paths with the backup step', () => {
    expect(x.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-photo-tagging',
      'turn-off-discoverability',
      'limit-direct-messages',
      'limit-replies',
    ]);
    expect(x.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
    expect(x.flows.leave.title).toBe('Leave X (formerly Twitter)');
  });

  it.each([
    ['download-your-data', 'https://x.com/settings/download_your_data'],
    ['make-account-private', 'https://x.com/settings/audience_and_tagging'],
    ['limit-photo-tagging', 'https://x.com/settings/tagging'],
    ['turn-off-discoverability', 'https://x.com/settings/contacts'],
    ['limit-direct-messages', 'https://x.com/settings/direct_messages'],
    ['delete-account', 'https://x.com/settings/deactivate'],
  ])('%s opens its own setting first', (slug, url) => {
    expect(step(slug).officialLinks[0]).toMatchObject({ kind: 'setting', url });
    expect(step(slug).noSettingLink).toBeUndefined();
  });

  it('offers Audience and tagging as the fallback for the photo tagging page', () => {
    expect(step('limit-photo-tagging').officialLinks[1]).toMatchObject({ kind: 'setting', url: 'https://x.com/settings/audience_and_tagging' });
  });

  it.each([
    ['download-your-data', 'managing-your-account/how-to-download-your-x-archive'],
    ['make-account-private', 'safety-and-security/public-and-protected-posts'],
    ['turn-off-discoverability', 'safety-and-security/email-and-phone-discoverability-settings'],
    ['limit-direct-messages', 'using-x/direct-messages'],
    ['delete-account', 'managing-your-account/how-to-deactivate-x-account'],
  ])('%s links X’s help article on its own topic second, in English and Spanish', (slug, path) => {
    expect(step(slug).officialLinks[1]).toEqual({
      kind: 'help',
      label: expect.stringMatching(/^Open X’s help article on /),
      url: `https://help.x.com/en/${path}`,
      localizedUrls: { es: `https://help.x.com/es/${path}` },
    });
  });

  it('says why replies have no settings link, and links the conversations article', () => {
    const replies = step('limit-replies');
    expect(replies.officialLinks.map((link) => [link.kind, link.url])).toEqual([['help', 'https://help.x.com/en/using-x/x-conversations']]);
    expect(replies.noSettingLink).toMatch(/no settings page.*chosen on each post/);
    // The step covers posts already published, as X's help says it can.
    expect(replies.howTo.web.available && replies.howTo.web.steps.join(' ')).toContain('**Change who can reply**');
  });

  it('no longer sends anyone to the off-topic discoverability article or the old data article', () => {
    const urls = x.steps.flatMap((each) => each.officialLinks.map((link) => link.url));
    expect(urls).not.toContain('https://help.twitter.com/safety-and-security/search-twitter-by-email-or-phone-number');
    expect(urls).not.toContain('https://help.x.com/en/managing-your-account/accessing-your-x-data');
    expect(urls.filter((url) => url.includes('email-and-phone-discoverability'))).toHaveLength(1);
  });

  it('says honestly what each step was checked against', () => {
    expect(Object.fromEntries(x.steps.map((each) => [each.slug, each.verifiedAgainst]))).toEqual({
      'download-your-data': 'secondary',
      'make-account-private': 'official',
      'limit-photo-tagging': 'secondary',
      'turn-off-discoverability': 'official',
      'limit-direct-messages': 'secondary',
      'limit-replies': 'official',
      'delete-account': 'official',
    });
    for (const each of x.steps) expect(each.lastVerified, each.slug).toBe('2026-12-07');
  });

  it('names the well-attested labels instead of hedging', () => {
    const web = (slug: string) => {
      const howTo = step(slug).howTo.web;
      return howTo.available ? howTo.steps.join(' ') : '';
    };
    expect(web('download-your-data')).toContain('**Your account**, then **Download an archive of your data**');
    expect(web('make-account-private')).toContain('**Audience, media and tagging**');
    expect(web('make-account-private')).toContain('**Protect your posts**');
    expect(web('limit-photo-tagging')).toContain('**Only people you follow can tag you**');
    expect(web('limit-direct-messages')).toContain('**Allow message requests from**, choose **No one**');
    expect(step('limit-direct-messages').changes.join(' ')).toMatch(/\*\*No one\*\*, \*\*Verified users\*\* and \*\*Everyone\*\*/);
    expect(JSON.stringify(x)).not.toMatch(/nearest privacy help article/);
  });

  it('asks for the backup before deletion, and says how the deletion is cancelled', () => {
    const deletion = step('delete-account');
    expect(deletion.recommendedBefore).toEqual(['download-your-data']);
    expect(deletion.warnings.join(' ')).toMatch(/Logging back in .*cancels the deletion/);
  });

  it('says what X does not have instead of inventing a step', () => {
    expect(x.notOnPlatform.map((entry) => entry.topic)).toEqual(['Pausing your account without deleting it']);
  });
});

describe('X in Spanish', () => {
  const all = JSON.stringify(xPlatformEs);

  it('uses the labels Spanish-language guides confirm, with the English in parentheses', () => {
    for (const [spanish, english] of [
      ['Configuración y privacidad', 'Settings and privacy'],
      ['Configuración y soporte', 'Settings and Support'],
      ['Privacidad y seguridad', 'Privacy and safety'],
      ['Audiencia y etiquetado', 'Audience and tagging'],
      ['Visibilidad y contactos', 'Discoverability and contacts'],
      ['Mensajes directos', 'Direct Messages'],
      ['Tu cuenta', 'Your account'],
      ['Descarga un archivo con tus datos', 'Download an archive of your data'],
      ['Desactivar cuenta', 'Deactivate your account'],
    ]) {
      expect(all).toContain(`**${spanish}** (${english})`);
    }
  });

  it('drops the wrong glosses', () => {
    expect(all).not.toContain('Ajustes y privacidad');
    expect(all).not.toContain('Descubrimiento y contactos');
  });

  it('says where a Spanish label could not be confirmed', () => {
    const privateStep = JSON.stringify(xPlatformEs.steps['make-account-private']);
    expect(privateStep).toContain('**Protect your posts** (Proteger tus posts)');
    expect(privateStep).toMatch(/No se pudo confirmar el nombre en español de \*\*Protect your posts\*\*/);
  });

  it('translates the reason replies have no settings link, and labels links in Spanish pages without «(en inglés)»', () => {
    expect(xPlatformEs.steps['limit-replies'].noSettingLink).toMatch(/no tiene una página de ajustes/);
    for (const translated of Object.values(xPlatformEs.steps)) {
      for (const label of translated.officialLinkLabels) expect(label).not.toContain('(en inglés)');
    }
  });
});
