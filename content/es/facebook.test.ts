import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { DEVICES, type Step } from '@/lib/content/schema';
import { rawPlatforms } from '../index';
import { facebookEs } from './facebook';

// The real English content and the Spanish translation, through the loaders the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
const facebook = platforms.find((platform) => platform.slug === 'facebook')!;

function parsed(raw: unknown) {
  return loadTranslations([raw], 'es', platforms).get('facebook')!;
}

/** Every sentence of a step that a person reads, in the step's language. */
function texts(step: Pick<Step, 'title' | 'summary' | 'why' | 'changes' | 'unchanged' | 'howTo' | 'warnings'>): string[] {
  const howTo = DEVICES.flatMap((device) => {
    const tab = step.howTo[device];
    return tab.available ? [...tab.steps, tab.note ?? ''] : [tab.reason];
  });
  return [step.title, step.summary, ...step.why, ...step.changes, ...step.unchanged, ...howTo, ...step.warnings];
}

const labels = (all: string[]) => new Set(all.flatMap((text) => [...text.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1])));
const numbers = (all: string[]) => new Set(all.flatMap((text) => text.match(/\d+/g) ?? []));

/** Every string in the translation, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('Facebook in Spanish', () => {
  it('passes every translation check', () => {
    expect(() => loadTranslations([facebookEs], 'es', platforms)).not.toThrow();
  });

  it('translates every English step, from its current English version', () => {
    expect(Object.keys(facebookEs.steps).sort()).toEqual(facebook.steps.map((step) => step.slug).sort());
    for (const step of facebook.steps) {
      expect(parsed(facebookEs).steps[step.slug]?.translatedFrom).toBe(step.lastVerified);
    }
  });

  it('shows every step in Spanish, with no fallback', () => {
    const localized = localizePlatform(facebook, 'es', parsed(facebookEs));
    expect(localized.language).toBe('es');
    expect(localized.steps).toHaveLength(facebook.steps.length);
    for (const step of localized.steps) {
      expect(step, step.slug).toMatchObject({ language: 'es', fallback: null });
    }
  });

  it('translates what Facebook does not have, entry for entry', () => {
    const localized = localizePlatform(facebook, 'es', parsed(facebookEs));
    expect(facebookEs.notOnPlatform).toHaveLength(facebook.notOnPlatform.length);
    expect(localized.notOnPlatform).toEqual(facebookEs.notOnPlatform);
  });

  it('keeps the English links, labelled in Spanish', () => {
    const localized = localizePlatform(facebook, 'es', parsed(facebookEs));
    localized.steps.forEach((step, index) => {
      const english = facebook.steps[index]!;
      expect(step.officialLinks.map((link) => link.url)).toEqual(english.officialLinks.map((link) => link.url));
      for (const link of step.officialLinks) expect(link.label).toMatch(/^Abrir /);
    });
  });

  it('keeps the English instructions, device by device', () => {
    const localized = localizePlatform(facebook, 'es', parsed(facebookEs));
    localized.steps.forEach((step, index) => {
      const english = facebook.steps[index]!;
      for (const device of DEVICES) {
        const [translated, original] = [step.howTo[device], english.howTo[device]];
        expect(translated.available, `${step.slug} ${device}`).toBe(original.available);
        if (translated.available && original.available) {
          expect(translated.steps, `${step.slug} ${device}`).toHaveLength(original.steps.length);
          expect(Boolean(translated.note), `${step.slug} ${device} note`).toBe(Boolean(original.note));
        }
      }
    });
  });

  it('keeps menu labels in English, as the English step names them', () => {
    const localized = localizePlatform(facebook, 'es', parsed(facebookEs));
    localized.steps.forEach((step, index) => {
      const english = labels(texts(facebook.steps[index]!));
      for (const label of labels(texts(step))) expect(english, `${step.slug}: **${label}**`).toContain(label);
    });
  });

  it('keeps the English numbers and durations', () => {
    const localized = localizePlatform(facebook, 'es', parsed(facebookEs));
    localized.steps.forEach((step, index) => {
      expect(numbers(texts(step)), step.slug).toEqual(numbers(texts(facebook.steps[index]!)));
    });
  });

  it('uses one style of quotation marks', () => {
    for (const text of strings(facebookEs)) expect(text).not.toMatch(/[“”‘’"]/);
  });

  it('shows a step in English, marked outdated, once the English step is checked again', () => {
    const behind = {
      ...facebookEs,
      steps: { ...facebookEs.steps, 'delete-account': { ...facebookEs.steps['delete-account'], translatedFrom: '2026-01-01' } },
    };
    const localized = localizePlatform(facebook, 'es', parsed(behind));
    const deletion = localized.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion).toMatchObject({ language: 'en', fallback: 'outdated' });
    expect(deletion.title).toBe(facebook.steps.find((step) => step.slug === 'delete-account')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });

  it('shows a step in English, marked missing, when it is not translated', () => {
    const partial = {
      ...facebookEs,
      steps: Object.fromEntries(Object.entries(facebookEs.steps).filter(([slug]) => slug !== 'limit-comments')),
    };
    const localized = localizePlatform(facebook, 'es', parsed(partial));
    const comments = localized.steps.find((step) => step.slug === 'limit-comments')!;
    expect(comments).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(comments.title).toBe(facebook.steps.find((step) => step.slug === 'limit-comments')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });
});
