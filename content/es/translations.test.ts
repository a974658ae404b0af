import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { splitMenuLabels } from '@/lib/content/markup';
import { DEVICES, FLOW_IDS, type Step } from '@/lib/content/schema';
import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { rawPlatforms } from '../index';
import { rawSpanish } from './index';

/*
 * What every Spanish translation must do, whatever the platform: each file in
 * content/es/index.ts, against its English checklist.
 */

// The real English content and the Spanish translations, through the loaders the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
// Each file declares itself `satisfies PlatformTranslationInput`; the first test checks it for real.
const translations = rawSpanish as readonly PlatformTranslationInput[];

function parsed(raw: unknown) {
  const [translation] = loadTranslations([raw], 'es', platforms).values();
  return translation!;
}

/** Every sentence of a step that a person reads, in the step's language. */
function texts(step: Pick<Step, 'title' | 'summary' | 'why' | 'changes' | 'unchanged' | 'howTo' | 'warnings'>): string[] {
  const howTo = DEVICES.flatMap((device) => {
    const tab = step.howTo[device];
    return tab.available ? [...tab.steps, tab.note ?? ''] : [tab.reason];
  });
  return [step.title, step.summary, ...step.why, ...step.changes, ...step.unchanged, ...howTo, ...step.warnings];
}

/** The menu labels (`**…**`) a step names. */
const labels = (all: string[]) =>
  new Set(all.flatMap((text) => splitMenuLabels(text).filter((part) => part.label).map((part) => part.text)));
/** Each `**label**` of the texts, with the text right after it. */
const labelsWithWhatFollows = (all: string[]) =>
  all.flatMap((text) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => ({ label: match[1]!, after: text.slice(match.index + match[0].length) })));
const numbers = (all: string[]) => new Set(all.flatMap((text) => text.match(/\d+/g) ?? []));

/** Every string in the translation, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('The Spanish translations', () => {
  it('pass every translation check together, one per platform', () => {
    expect(() => loadTranslations(rawSpanish, 'es', platforms)).not.toThrow();
  });
});

const cases = translations.map((translation) => {
  const english = platforms.find((platform) => platform.slug === translation.platform)!;
  return [english.name, translation, english] as const;
});

describe.each(cases)('%s in Spanish', (_name, translation, english) => {
  it('passes every translation check', () => {
    expect(() => loadTranslations([translation], 'es', platforms)).not.toThrow();
  });

  it('translates every English step, from its current English version', () => {
    expect(Object.keys(translation.steps).sort()).toEqual(english.steps.map((step) => step.slug).sort());
    for (const step of english.steps) {
      expect(parsed(translation).steps[step.slug]?.translatedFrom, step.slug).toBe(step.lastVerified);
    }
  });

  it('shows every step in Spanish, with no fallback', () => {
    const localized = localizePlatform(english, 'es', parsed(translation));
    expect(localized.language).toBe('es');
    expect(localized.steps).toHaveLength(english.steps.length);
    for (const step of localized.steps) {
      expect(step, step.slug).toMatchObject({ language: 'es', fallback: null });
    }
  });

  it('translates the tagline, both flows and every notOnPlatform entry', () => {
    const localized = localizePlatform(english, 'es', parsed(translation));
    expect(localized.tagline).toBe(translation.tagline);
    for (const flow of FLOW_IDS) {
      expect(localized.flows[flow].title).toBe(translation.flows[flow].title);
      expect(localized.flows[flow].description).toBe(translation.flows[flow].description);
      expect(localized.flows[flow].steps).toEqual(english.flows[flow].steps);
    }
    expect(translation.notOnPlatform ?? []).toHaveLength(english.notOnPlatform.length);
    expect(localized.notOnPlatform).toEqual(translation.notOnPlatform ?? []);
  });

  it('keeps the English links, labelled in Spanish', () => {
    const localized = localizePlatform(english, 'es', parsed(translation));
    localized.steps.forEach((step, index) => {
      const original = english.steps[index]!;
      // The Spanish page where the platform has one, otherwise the English address.
      expect(step.officialLinks.map((link) => link.url)).toEqual(original.officialLinks.map((link) => link.localizedUrls.es ?? link.url));
      for (const link of step.officialLinks) expect(link.label).toMatch(/^Abrir /);
    });
  });

  it('keeps the English instructions, device by device', () => {
    const localized = localizePlatform(english, 'es', parsed(translation));
    localized.steps.forEach((step, index) => {
      const original = english.steps[index]!;
      for (const device of DEVICES) {
        const [translated, source] = [step.howTo[device], original.howTo[device]];
        expect(translated.available, `${step.slug} ${device}`).toBe(source.available);
        if (translated.available && source.available) {
          expect(translated.steps, `${step.slug} ${device}`).toHaveLength(source.steps.length);
          expect(Boolean(translated.note), `${step.slug} ${device} note`).toBe(Boolean(source.note));
        }
      }
    });
  });

  it('names each menu label as the English step does, or in Spanish followed by the English one', () => {
    const localized = localizePlatform(english, 'es', parsed(translation));
    localized.steps.forEach((step, index) => {
      const original = labels(texts(english.steps[index]!));
      const mentions = labelsWithWhatFollows(texts(step)).filter(({ label }) => !original.has(label));
      // A Spanish label is given with the English one in parentheses at least once in the step
      // (`**Cuenta privada** (Private account)`), so a person can match either screen.
      const paired = new Set(
        mentions.filter(({ after }) => {
          const english = after.match(/^ \((?:\*\*)?([^)*;]+?)(?:\*\*)?(?:[;,)]|$)/)?.[1]?.trim();
          return english !== undefined && original.has(english);
        }).map(({ label }) => label),
      );
      for (const { label } of mentions) expect(paired.has(label), `${step.slug}: **${label}** is never followed by its English label in parentheses`).toBe(true);
    });
  });

  it('keeps the English numbers and durations', () => {
    const localized = localizePlatform(english, 'es', parsed(translation));
    localized.steps.forEach((step, index) => {
      expect(numbers(texts(step)), step.slug).toEqual(numbers(texts(english.steps[index]!)));
    });
  });

  it('uses one style of quotation marks', () => {
    for (const text of strings(translation)) expect(text).not.toMatch(/[“”‘’"]/);
  });

  it('shows a step in English, marked outdated, once the English step is checked again', () => {
    const slug = english.steps.find((step) => step.kind === 'deletion')!.slug;
    const behind = { ...translation, steps: { ...translation.steps, [slug]: { ...translation.steps[slug]!, translatedFrom: '2026-01-01' } } };
    const localized = localizePlatform(english, 'es', parsed(behind));
    const deletion = localized.steps.find((step) => step.slug === slug)!;
    expect(deletion).toMatchObject({ language: 'en', fallback: 'outdated' });
    expect(deletion.title).toBe(english.steps.find((step) => step.slug === slug)!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });

  it('shows a step in English, marked missing, when it is not translated', () => {
    // The last step before the deletion, so the missing and the outdated step differ.
    const slug = english.steps.at(-2)!.slug;
    const partial = { ...translation, steps: Object.fromEntries(Object.entries(translation.steps).filter(([each]) => each !== slug)) };
    const localized = localizePlatform(english, 'es', parsed(partial));
    const untranslated = localized.steps.find((step) => step.slug === slug)!;
    expect(untranslated).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(untranslated.title).toBe(english.steps.find((step) => step.slug === slug)!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });
});
