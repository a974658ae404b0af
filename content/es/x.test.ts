import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { DEVICES, type Step } from '@/lib/content/schema';
import { rawPlatforms } from '../index';
import { xPlatformEs } from './x';

// The real English content and the Spanish translation, through the loaders the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
const x = platforms.find((platform) => platform.slug === 'x')!;

function parsed(raw: unknown) {
  return loadTranslations([raw], 'es', platforms).get('x')!;
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

describe('X in Spanish', () => {
  it('passes every translation check', () => {
    expect(() => loadTranslations([xPlatformEs], 'es', platforms)).not.toThrow();
  });

  it('translates every English step, from its current English version', () => {
    expect(Object.keys(xPlatformEs.steps).sort()).toEqual(x.steps.map((step) => step.slug).sort());
    for (const step of x.steps) {
      expect(parsed(xPlatformEs).steps[step.slug]?.translatedFrom).toBe(step.lastVerified);
    }
  });

  it('shows every step in Spanish, with no fallback', () => {
    const localized = localizePlatform(x, 'es', parsed(xPlatformEs));
    expect(localized.language).toBe('es');
    expect(localized.steps).toHaveLength(x.steps.length);
    for (const step of localized.steps) {
      expect(step, step.slug).toMatchObject({ language: 'es', fallback: null });
    }
  });

  it('translates what X does not have, entry for entry', () => {
    const localized = localizePlatform(x, 'es', parsed(xPlatformEs));
    expect(xPlatformEs.notOnPlatform).toHaveLength(x.notOnPlatform.length);
    expect(localized.notOnPlatform).toEqual(xPlatformEs.notOnPlatform);
  });

  it('keeps the English links, labelled in Spanish', () => {
    const localized = localizePlatform(x, 'es', parsed(xPlatformEs));
    localized.steps.forEach((step, index) => {
      const english = x.steps[index]!;
      expect(step.officialLinks.map((link) => link.url)).toEqual(english.officialLinks.map((link) => link.url));
      for (const link of step.officialLinks) expect(link.label).toMatch(/^Abrir /);
    });
  });

  it('keeps the English instructions, device by device', () => {
    const localized = localizePlatform(x, 'es', parsed(xPlatformEs));
    localized.steps.forEach((step, index) => {
      const english = x.steps[index]!;
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
    const localized = localizePlatform(x, 'es', parsed(xPlatformEs));
    localized.steps.forEach((step, index) => {
      const english = labels(texts(x.steps[index]!));
      for (const label of labels(texts(step))) expect(english, `${step.slug}: **${label}**`).toContain(label);
    });
  });

  it('keeps the English numbers and durations', () => {
    const localized = localizePlatform(x, 'es', parsed(xPlatformEs));
    localized.steps.forEach((step, index) => {
      expect(numbers(texts(step)), step.slug).toEqual(numbers(texts(x.steps[index]!)));
    });
  });

  it('uses one style of quotation marks', () => {
    for (const text of strings(xPlatformEs)) expect(text).not.toMatch(/[“”‘’"]/);
  });

  it('shows a step in English, marked outdated, once the English step is checked again', () => {
    const behind = {
      ...xPlatformEs,
      steps: { ...xPlatformEs.steps, 'delete-account': { ...xPlatformEs.steps['delete-account'], translatedFrom: '2026-01-01' } },
    };
    const localized = localizePlatform(x, 'es', parsed(behind));
    const deletion = localized.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion).toMatchObject({ language: 'en', fallback: 'outdated' });
    expect(deletion.title).toBe(x.steps.find((step) => step.slug === 'delete-account')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });

  it('shows a step in English, marked missing, when it is not translated', () => {
    const partial = {
      ...xPlatformEs,
      steps: Object.fromEntries(Object.entries(xPlatformEs.steps).filter(([slug]) => slug !== 'limit-replies')),
    };
    const localized = localizePlatform(x, 'es', parsed(partial));
    const replies = localized.steps.find((step) => step.slug === 'limit-replies')!;
    expect(replies).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(replies.title).toBe(x.steps.find((step) => step.slug === 'limit-replies')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });
});
