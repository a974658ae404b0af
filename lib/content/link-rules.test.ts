import { describe, expect, it } from 'vitest';
import { auditPlatforms, type AuditRow } from './audit';
import { validPlatform, validStep } from './fixtures/valid-platform';
import { validStepTranslation } from './fixtures/valid-translation';
import { ContentError, loadPlatforms } from './load';
import { findTranslationProblems, localizePlatform } from './localize';
import type { PlatformInput, StepInput } from './schema';
import { platformTranslationSchema } from './translation-schema';

// The rules that make "the first button opens the setting" and "checked against …" true on the page.

const today = '2026-06-01';
const setting = { kind: 'setting', label: 'Open Example privacy settings', url: 'https://www.example.com/settings/privacy' } as const;
const help = { kind: 'help', label: 'Open Example’s help article on privacy', url: 'https://help.example.com/privacy' } as const;
const hub = { kind: 'hub', label: 'Open Example’s Privacy Centre', url: 'https://www.example.com/privacy' } as const;
const officialSource = { kind: 'official', label: 'Example help: privacy', url: 'https://help.example.com/privacy' } as const;
const guide = { kind: 'secondary', label: 'A newspaper’s guide', url: 'https://news.example.org/guide' } as const;

function platformWith(step: Partial<StepInput>): PlatformInput {
  const platform = validPlatform();
  return { ...platform, steps: [validStep('back-up'), validStep('go-private', step), validStep('delete', { recommendedBefore: ['back-up'] })] };
}

function problemsOf(step: Partial<StepInput>): string[] {
  try {
    loadPlatforms([platformWith(step)], { today });
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

const auditOf = (step: Partial<StepInput>): AuditRow => auditPlatforms([platformWith(step)], today)[0]!;
const errorsOf = (row: AuditRow) => row.findings.filter((finding) => finding.severity === 'error').map(({ step, kind, message }) => ({ step, kind, message }));

describe('setting link first, or a reason', () => {
  it('accepts a setting link first, then help', () => {
    expect(problemsOf({ officialLinks: [setting, help] })).toEqual([]);
  });

  it('rejects a setting link that is not first', () => {
    expect(problemsOf({ officialLinks: [help, setting] })).toEqual(['example: steps[1].officialLinks[0].kind: the setting link must come first (it is link 2)']);
  });

  it('rejects a step with no setting link and no reason, and accepts one with a reason', () => {
    expect(problemsOf({ officialLinks: [help, hub] })).toEqual([
      'example: steps[1].noSettingLink: no link opens the setting itself: say why on the page (an app-only setting: which app screen to open)',
    ]);
    expect(problemsOf({ officialLinks: [help], noSettingLink: 'Only in the app: Profile, then Privacy.' })).toEqual([]);
  });

  it('rejects a reason on a step that has a setting link', () => {
    expect(problemsOf({ officialLinks: [setting], noSettingLink: 'Only in the app.' })).toEqual(['example: steps[1].noSettingLink: must be left out when a link opens the setting']);
  });

  it('keeps localized addresses on the official domains', () => {
    const problems = problemsOf({ officialLinks: [setting, { ...help, localizedUrls: { es: 'https://help.example.net/es/privacy' } }] });
    expect(problems).toEqual([expect.stringContaining('(https://help.example.net/es/privacy) is outside the official domains example.com')]);
  });
});

describe('sources and what a step was checked against', () => {
  it('accepts an independent guide off the official domains, marked secondary', () => {
    expect(problemsOf({ sources: [guide], verifiedAgainst: 'secondary' })).toEqual([]);
  });

  it('rejects a claim of an official check with no official source', () => {
    expect(problemsOf({ sources: [guide], verifiedAgainst: 'official' })).toEqual([
      'example: steps[1].verifiedAgainst: says the step was checked against official pages, but none of its sources is official',
    ]);
  });

  it('rejects a source marked official off the domains, and one marked secondary on them', () => {
    expect(problemsOf({ sources: [officialSource, { ...guide, kind: 'official' }] })).toEqual([expect.stringContaining('link "A newspaper’s guide" (https://news.example.org/guide) is outside')]);
    expect(problemsOf({ sources: [officialSource, { ...officialSource, kind: 'secondary', label: 'Mislabelled' }] })).toEqual([
      'example/go-private: source "Mislabelled" (https://help.example.com/privacy) is the platform\'s own page: mark it official',
    ]);
  });
});

describe('the audit', () => {
  it('counts steps by how they open their setting, links by kind and checks by source', () => {
    const row = auditPlatforms(
      [
        {
          ...validPlatform(),
          steps: [
            validStep('back-up', { officialLinks: [setting, help] }),
            validStep('go-private', { officialLinks: [help], noSettingLink: 'Only in the app.', sources: [guide], verifiedAgainst: 'secondary' }),
            validStep('delete', { officialLinks: [hub, help] }),
          ],
        },
      ],
      today,
    )[0]!;
    expect(row.settingLinks).toEqual({ first: 1, reasonGiven: 1, neither: 1 });
    expect(row.linkKinds).toEqual({ setting: 1, help: 3, hub: 1 });
    expect(row.verifiedAgainst).toEqual({ official: 2, secondary: 1 });
    expect(errorsOf(row)).toEqual([
      { step: 'delete', kind: 'link-rules', message: 'no link opens the setting itself: say why on the page (an app-only setting: which app screen to open)' },
    ]);
  });

  it('reports a secondary source on an official domain and a setting link out of order', () => {
    const row = auditOf({ officialLinks: [help, setting], sources: [officialSource, { ...officialSource, kind: 'secondary' }] });
    expect(errorsOf(row).map(({ kind }) => kind)).toEqual(['source-kind', 'link-rules']);
  });
});

describe('links in the reader’s language', () => {
  const [platform] = loadPlatforms([platformWith({ officialLinks: [setting, { ...help, localizedUrls: { es: 'https://help.example.com/es/privacy' } }, hub] })], { today });
  const step = platform!.steps[1]!;
  const translate = (labels: string[], extra: object = {}) =>
    platformTranslationSchema.parse({
      platform: 'example',
      tagline: 'Un eslogan.',
      flows: { 'lock-down': { title: 'Protege', description: 'Desc.' }, leave: { title: 'Vete', description: 'Desc.' } },
      steps: { 'go-private': validStepTranslation(step, { officialLinkLabels: labels, ...extra }) },
    });
  const goodLabels = ['Abrir los ajustes de privacidad', 'Abrir el artículo de ayuda sobre privacidad', 'Abrir el Centro de privacidad (en inglés)'];

  it('opens the Spanish page where there is one, and says the language of each help page', () => {
    const links = localizePlatform(platform!, 'es', translate(goodLabels)).steps[1]!.officialLinks;
    expect(links.map(({ url, hrefLang }) => ({ url, hrefLang }))).toEqual([
      { url: 'https://www.example.com/settings/privacy', hrefLang: undefined },
      { url: 'https://help.example.com/es/privacy', hrefLang: 'es' },
      { url: 'https://www.example.com/privacy', hrefLang: 'en' },
    ]);
    const english = localizePlatform(platform!, 'en', undefined).steps[1]!.officialLinks;
    expect(english.map(({ url, hrefLang }) => ({ url, hrefLang }))).toEqual([
      { url: 'https://www.example.com/settings/privacy', hrefLang: undefined },
      { url: 'https://help.example.com/privacy', hrefLang: 'en' },
      { url: 'https://www.example.com/privacy', hrefLang: 'en' },
    ]);
  });

  it('asks labels of English pages to say so, and labels of Spanish pages not to', () => {
    expect(findTranslationProblems(platform!, 'es', translate(goodLabels))).toEqual([]);
    const wrong = ['Abrir los ajustes de privacidad', 'Abrir el artículo de ayuda (en inglés)', 'Abrir el Centro de privacidad'];
    expect(findTranslationProblems(platform!, 'es', translate(wrong))).toEqual([
      'es/example/go-private: official link label "Abrir el artículo de ayuda (en inglés)" opens a page in this language: drop "(en inglés)"',
      'es/example/go-private: official link label "Abrir el Centro de privacidad" opens an English page: end it with "(en inglés)"',
    ]);
  });

  it('asks a translation to give the reason for a missing setting link exactly when the English does', () => {
    expect(findTranslationProblems(platform!, 'es', translate(goodLabels, { noSettingLink: 'Solo en la app.' }))).toEqual([
      'es/example/go-private: noSettingLink is given here but not in English',
    ]);
  });
});
