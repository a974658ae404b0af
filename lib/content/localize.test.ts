import { describe, expect, it } from 'vitest';
import { validPlatform } from './fixtures/valid-platform';
import { validStepTranslation } from './fixtures/valid-translation';
import { loadPlatforms } from './load';
import { findTranslationProblems, localizePlatform } from './localize';
import { platformTranslationSchema, type PlatformTranslationInput } from './translation-schema';

const [platform] = loadPlatforms([validPlatform()], { today: '2026-06-01' });
const step = platform!.steps[0]!;

function translation(overrides: Partial<PlatformTranslationInput['steps'][string]> = {}, slug = step.slug): PlatformTranslationInput {
  return {
    platform: platform!.slug,
    tagline: 'Un eslogan.',
    flows: { 'lock-down': { title: 'Protege', description: 'Desc.' }, leave: { title: 'Vete', description: 'Desc.' } },
    steps: { [slug]: validStepTranslation(step, overrides) },
  };
}

const parse = (input: PlatformTranslationInput) => platformTranslationSchema.parse(input);

describe('localizePlatform', () => {
  it('shows an up-to-date translation and keeps the English links', () => {
    const localized = localizePlatform(platform!, 'es', parse(translation()));
    const first = localized.steps[0]!;
    expect(first).toMatchObject({ language: 'es', fallback: null, title: 'Título' });
    expect(first.officialLinks.map((link) => link.url)).toEqual(step.officialLinks.map((link) => link.url));
    expect(first.officialLinks[0]!.label).toBe('Abrir los ajustes');
    expect(localized.flows['lock-down'].steps).toEqual(platform!.flows['lock-down'].steps);
  });

  it('falls back to English, marked, for a missing or outdated step, and for a missing platform', () => {
    const outdated = localizePlatform(platform!, 'es', parse(translation({ translatedFrom: '2025-01-01' })));
    expect(outdated.steps[0]).toMatchObject({ language: 'en', fallback: 'outdated', title: step.title });
    expect(outdated.steps[1]).toMatchObject({ language: 'en', fallback: 'missing' });
    const none = localizePlatform(platform!, 'es', undefined);
    expect(none.language).toBe('en');
    expect(none.steps.every((each) => each.fallback === 'missing')).toBe(true);
    expect(localizePlatform(platform!, 'en', undefined).steps.every((each) => each.fallback === null)).toBe(true);
  });
});

describe('findTranslationProblems', () => {
  it('accepts a sound translation', () => {
    expect(findTranslationProblems(platform!, 'es', parse(translation()))).toEqual([]);
  });

  it('names each way a translation can drift from the English', () => {
    const problems = [
      ...findTranslationProblems(platform!, 'es', parse(translation({}, 'no-such-step'))),
      ...findTranslationProblems(platform!, 'es', parse(translation({ officialLinkLabels: ['Abrir', 'Abrir otra'] }))),
      ...findTranslationProblems(platform!, 'es', parse(translation({ officialLinkLabels: ['Open the settings'] }))),
      ...findTranslationProblems(platform!, 'es', parse(translation({ howTo: { ...step.howTo, web: { available: true, steps: ['Haz clic.'] } } }))),
      ...findTranslationProblems(platform!, 'es', parse(translation({ translatedFrom: '2099-01-01' }))),
    ].join('\n');
    expect(problems).toMatch(/translates a step that does not exist/);
    expect(problems).toMatch(/has 2 official link labels, the English step has 1 links/);
    expect(problems).toMatch(/must start with "Abrir "/);
    expect(problems).toMatch(/web is available here but not in English/);
    expect(problems).toMatch(/later than the English lastVerified/);
  });
});
