import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { splitMenuLabels } from '@/lib/content/markup';
import { DEVICES, type Step } from '@/lib/content/schema';
import { rawPlatforms } from '../index';
import { instagramEs } from './instagram';

// The real English content and the Spanish translation, through the loaders the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
const instagram = platforms.find((platform) => platform.slug === 'instagram')!;

function parsed(raw: unknown) {
  return loadTranslations([raw], 'es', platforms).get('instagram')!;
}

describe('Instagram in Spanish', () => {
  it('passes every translation check', () => {
    expect(() => loadTranslations([instagramEs], 'es', platforms)).not.toThrow();
  });

  it('translates every English step, from its current English version', () => {
    expect(Object.keys(instagramEs.steps).sort()).toEqual(instagram.steps.map((step) => step.slug).sort());
    for (const step of instagram.steps) {
      expect(parsed(instagramEs).steps[step.slug]?.translatedFrom).toBe(step.lastVerified);
    }
  });

  it('shows every step in Spanish, with no fallback', () => {
    const localized = localizePlatform(instagram, 'es', parsed(instagramEs));
    expect(localized.language).toBe('es');
    expect(localized.steps).toHaveLength(instagram.steps.length);
    for (const step of localized.steps) {
      expect(step, step.slug).toMatchObject({ language: 'es', fallback: null });
    }
  });

  it('keeps the English links, labelled in Spanish', () => {
    const localized = localizePlatform(instagram, 'es', parsed(instagramEs));
    localized.steps.forEach((step, index) => {
      const english = instagram.steps[index]!;
      expect(step.officialLinks.map((link) => link.url)).toEqual(english.officialLinks.map((link) => link.url));
      for (const link of step.officialLinks) expect(link.label).toMatch(/^Abrir /);
    });
  });

  it('keeps the English instructions, device by device', () => {
    const localized = localizePlatform(instagram, 'es', parsed(instagramEs));
    localized.steps.forEach((step, index) => {
      const english = instagram.steps[index]!;
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

  it('translates the tagline, both flows and every notOnPlatform entry', () => {
    const localized = localizePlatform(instagram, 'es', parsed(instagramEs));
    expect(localized.tagline).toBe(instagramEs.tagline);
    expect(localized.flows['lock-down'].title).toBe(instagramEs.flows['lock-down'].title);
    expect(localized.flows.leave.description).toBe(instagramEs.flows.leave.description);
    expect(localized.flows['lock-down'].steps).toEqual(instagram.flows['lock-down'].steps);
    expect(instagramEs.notOnPlatform).toHaveLength(instagram.notOnPlatform.length);
    expect(localized.notOnPlatform).toEqual(instagramEs.notOnPlatform);
  });

  it('keeps menu labels in English, as the English step names them', () => {
    const labels = (step: Pick<Step, 'summary' | 'why' | 'changes' | 'unchanged' | 'warnings' | 'howTo'>) => {
      const texts = [step.summary, ...step.why, ...step.changes, ...step.unchanged, ...step.warnings];
      for (const howTo of Object.values(step.howTo)) {
        if (howTo.available) texts.push(...howTo.steps, howTo.note ?? '');
        else texts.push(howTo.reason);
      }
      return new Set(texts.flatMap((text) => splitMenuLabels(text).filter((part) => part.label).map((part) => part.text)));
    };
    const localized = localizePlatform(instagram, 'es', parsed(instagramEs));
    localized.steps.forEach((step, index) => {
      const english = labels(instagram.steps[index]!);
      for (const label of labels(step)) expect(english.has(label), `${step.slug}: **${label}**`).toBe(true);
    });
  });

  it('uses one style of quotation marks', () => {
    expect(JSON.stringify(instagramEs)).not.toMatch(/[“”‘’]/);
  });

  it('shows a step in English, marked outdated, once the English step is checked again', () => {
    const behind = {
      ...instagramEs,
      steps: { ...instagramEs.steps, 'delete-account': { ...instagramEs.steps['delete-account'], translatedFrom: '2026-01-01' } },
    };
    const localized = localizePlatform(instagram, 'es', parsed(behind));
    const deletion = localized.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion).toMatchObject({ language: 'en', fallback: 'outdated' });
    expect(deletion.title).toBe(instagram.steps.find((step) => step.slug === 'delete-account')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });

  it('shows a step in English, marked missing, when it is not translated', () => {
    const partial = {
      ...instagramEs,
      steps: Object.fromEntries(Object.entries(instagramEs.steps).filter(([slug]) => slug !== 'limit-comments')),
    };
    const localized = localizePlatform(instagram, 'es', parsed(partial));
    const comments = localized.steps.find((step) => step.slug === 'limit-comments')!;
    expect(comments).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(comments.title).toBe(instagram.steps.find((step) => step.slug === 'limit-comments')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });
});
