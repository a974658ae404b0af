import { describe, expect, it } from 'vitest';
import { loadPlatforms, todayUtc } from '@/lib/content/load';
import { instagramEs } from './es/instagram';
import { instagram as rawInstagram } from './instagram';

// What only Instagram has; the checks every platform shares are in platforms.test.ts.
const instagram = loadPlatforms([rawInstagram], { today: todayUtc() })[0]!;
const step = (slug: string) => instagram.steps.find((each) => each.slug === slug)!;

describe('Instagram content', () => {
  it('holds its numbers as data', () => {
    expect(instagram.officialDomains).toEqual(['instagram.com']);
    // The same Meta download tool as Facebook's: its file stays available for 4 days.
    expect(instagram.timings).toEqual({ deletionGraceDays: 30, dataFileAvailableDays: 4 });
  });

  it('covers the settings Instagram has, in order', () => {
    expect(instagram.steps.map((each) => each.slug)).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-discoverability',
      'limit-direct-messages',
      'limit-comments',
      'delete-account',
    ]);
    expect(instagram.notOnPlatform).toEqual([]);
  });

  it('starts both paths with the backup step', () => {
    expect(instagram.flows['lock-down'].steps).toEqual([
      'download-your-data',
      'make-account-private',
      'limit-discoverability',
      'limit-direct-messages',
      'limit-comments',
    ]);
    expect(instagram.flows.leave.steps).toEqual(['download-your-data', 'delete-account']);
  });

  it('marks the data-download and deletion steps, so the download step offers the file reminder', () => {
    expect(instagram.steps.find((each) => each.kind === 'data-download')?.slug).toBe('download-your-data');
    expect(instagram.steps.find((each) => each.kind === 'deletion')?.slug).toBe('delete-account');
    expect(step('download-your-data').warnings.join(' ')).toContain('within about 4 days');
  });

  it.each([
    ['download-your-data', 'https://accountscenter.instagram.com/info_and_permissions/dyi/'],
    ['make-account-private', 'https://www.instagram.com/accounts/who_can_see_your_content/'],
    ['limit-discoverability', 'https://www.instagram.com/accounts/edit/'],
    ['limit-direct-messages', 'https://www.instagram.com/accounts/messages_and_story_replies/'],
    ['limit-comments', 'https://www.instagram.com/accounts/comments/'],
    ['delete-account', 'https://accountscenter.instagram.com/personal_info/account_ownership_and_control/deletion_and_deactivation'],
  ])('%s opens its own setting first', (slug, url) => {
    expect(step(slug).officialLinks[0]).toMatchObject({ kind: 'setting', url });
    expect(step(slug).noSettingLink).toBeUndefined();
  });

  it('offers Hidden Words as a second setting on the comments step', () => {
    expect(step('limit-comments').officialLinks[1]).toMatchObject({ kind: 'setting', url: 'https://www.instagram.com/accounts/settings/v2/hidden_words/' });
  });

  it.each([
    ['download-your-data', '181231772500920'],
    ['make-account-private', '448523408565555'],
    ['delete-account', '139886812848894'],
  ])('%s links Instagram’s help article on its own topic second, in English and Spanish', (slug, id) => {
    expect(step(slug).officialLinks[1]).toEqual({
      kind: 'help',
      label: expect.stringMatching(/^Open Instagram’s help article on /),
      url: `https://help.instagram.com/${id}`,
      localizedUrls: { es: `https://help.instagram.com/${id}/?locale=es_ES` },
    });
  });

  it('no longer sends anyone to the off-topic private-account article or the replaced deletion page', () => {
    for (const slug of ['limit-discoverability', 'limit-direct-messages', 'limit-comments']) {
      expect(step(slug).officialLinks.map((link) => link.kind)).not.toContain('help');
      expect(JSON.stringify(step(slug).howTo)).toMatch(/No Instagram help article on this setting could be confirmed/);
    }
    const urls = instagram.steps.flatMap((each) => each.officialLinks.map((link) => link.url));
    expect(urls.filter((url) => url.includes('448523408565555'))).toHaveLength(1);
    expect(JSON.stringify(instagram)).not.toContain('/accounts/remove/request/permanent/');
    expect(JSON.stringify(instagram)).not.toMatch(/closest Instagram help page/);
  });

  it('says honestly what each step was checked against', () => {
    expect(Object.fromEntries(instagram.steps.map((each) => [each.slug, each.verifiedAgainst]))).toEqual({
      'download-your-data': 'secondary',
      'make-account-private': 'official',
      'limit-discoverability': 'secondary',
      'limit-direct-messages': 'secondary',
      'limit-comments': 'secondary',
      'delete-account': 'secondary',
    });
    for (const each of instagram.steps) expect(each.lastVerified, each.slug).toBe('2026-12-07');
  });

  it('records JustDeleteMe’s change of deletion address as a source', () => {
    expect(step('delete-account').sources).toContainEqual(
      expect.objectContaining({ kind: 'secondary', url: 'https://github.com/jdm-contrib/jdm/pull/2360' }),
    );
  });

  it('asks for the backup before deletion', () => {
    expect(step('delete-account').recommendedBefore).toEqual(['download-your-data']);
  });

  it('says logging back in during the grace period cancels the deletion', () => {
    expect(step('delete-account').warnings.join(' ')).toMatch(/logging back in lets you cancel the deletion/i);
  });
});

describe('Instagram in Spanish', () => {
  const all = JSON.stringify(instagramEs);

  it('uses the labels Spanish-language sources confirm, with the English in parentheses', () => {
    for (const [spanish, english] of [
      ['Configuración y privacidad', 'Settings and privacy'],
      ['Centro de cuentas', 'Accounts Center'],
      ['Descargar tu información', 'Download your information'],
      ['Datos personales', 'Personal details'],
      ['Propiedad y control de la cuenta', 'Account ownership and control'],
      ['Desactivación o eliminación', 'Deactivation or deletion'],
      ['Eliminar cuenta', 'Delete account'],
      ['Permitir comentarios de', 'Allow comments from'],
    ]) {
      expect(all).toContain(`**${spanish}** (${english})`);
    }
  });

  it('drops the wrong glosses', () => {
    expect(all).not.toContain('Ajustes y privacidad');
    expect(all).not.toContain('**Accounts Center** (Centro de cuentas)');
  });

  it('says where a Spanish label comes from Facebook’s wording or could not be confirmed', () => {
    expect(JSON.stringify(instagramEs.steps['delete-account'])).toMatch(/versión en español de Facebook/);
    expect(JSON.stringify(instagramEs.steps['make-account-private'])).toContain('**Private account** (Cuenta privada)');
    expect(JSON.stringify(instagramEs.steps['make-account-private'])).toMatch(/No se pudieron confirmar los nombres en español/);
  });

  it('labels the links to Spanish help pages without «(en inglés)»', () => {
    for (const translated of Object.values(instagramEs.steps)) {
      for (const label of translated.officialLinkLabels) expect(label).not.toContain('(en inglés)');
    }
  });
});
