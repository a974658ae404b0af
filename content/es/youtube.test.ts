import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { splitMenuLabels } from '@/lib/content/markup';
import { DEVICES, type Step } from '@/lib/content/schema';
import { rawPlatforms } from '../index';
import { youtubeEs } from './youtube';

// The real English content and the Spanish translation, through the loaders the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
const youtube = platforms.find((platform) => platform.slug === 'youtube')!;

function parsed(raw: unknown) {
  return loadTranslations([raw], 'es', platforms).get('youtube')!;
}

describe('YouTube in Spanish', () => {
  it('passes every translation check', () => {
    expect(() => loadTranslations([youtubeEs], 'es', platforms)).not.toThrow();
  });

  it('translates every English step, from its current English version', () => {
    expect(Object.keys(youtubeEs.steps).sort()).toEqual(youtube.steps.map((step) => step.slug).sort());
    for (const step of youtube.steps) {
      expect(parsed(youtubeEs).steps[step.slug]?.translatedFrom).toBe(step.lastVerified);
    }
  });

  it('shows every step in Spanish, with no fallback', () => {
    const localized = localizePlatform(youtube, 'es', parsed(youtubeEs));
    expect(localized.language).toBe('es');
    expect(localized.steps).toHaveLength(youtube.steps.length);
    for (const step of localized.steps) {
      expect(step, step.slug).toMatchObject({ language: 'es', fallback: null });
    }
  });

  it('keeps the English links, labelled in Spanish', () => {
    const localized = localizePlatform(youtube, 'es', parsed(youtubeEs));
    localized.steps.forEach((step, index) => {
      const english = youtube.steps[index]!;
      expect(step.officialLinks.map((link) => link.url)).toEqual(english.officialLinks.map((link) => link.url));
      for (const link of step.officialLinks) expect(link.label).toMatch(/^Abrir /);
    });
  });

  it('keeps the English instructions, device by device', () => {
    const localized = localizePlatform(youtube, 'es', parsed(youtubeEs));
    localized.steps.forEach((step, index) => {
      const english = youtube.steps[index]!;
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
    const localized = localizePlatform(youtube, 'es', parsed(youtubeEs));
    expect(localized.tagline).toBe(youtubeEs.tagline);
    expect(localized.flows['lock-down'].title).toBe(youtubeEs.flows['lock-down'].title);
    expect(localized.flows.leave.description).toBe(youtubeEs.flows.leave.description);
    expect(localized.flows['lock-down'].steps).toEqual(youtube.flows['lock-down'].steps);
    expect(youtubeEs.notOnPlatform).toHaveLength(youtube.notOnPlatform.length);
    expect(localized.notOnPlatform).toEqual(youtubeEs.notOnPlatform);
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
    const localized = localizePlatform(youtube, 'es', parsed(youtubeEs));
    localized.steps.forEach((step, index) => {
      const english = labels(youtube.steps[index]!);
      for (const label of labels(step)) expect(english.has(label), `${step.slug}: **${label}**`).toBe(true);
    });
  });

  it('uses one style of quotation marks', () => {
    expect(JSON.stringify(youtubeEs)).not.toMatch(/[“”‘’]/);
  });

  it('shows a step in English, marked outdated, once the English step is checked again', () => {
    const behind = {
      ...youtubeEs,
      steps: { ...youtubeEs.steps, 'delete-channel': { ...youtubeEs.steps['delete-channel'], translatedFrom: '2026-01-01' } },
    };
    const localized = localizePlatform(youtube, 'es', parsed(behind));
    const deletion = localized.steps.find((step) => step.slug === 'delete-channel')!;
    expect(deletion).toMatchObject({ language: 'en', fallback: 'outdated' });
    expect(deletion.title).toBe(youtube.steps.find((step) => step.slug === 'delete-channel')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });

  it('shows a step in English, marked missing, when it is not translated', () => {
    const partial = {
      ...youtubeEs,
      steps: Object.fromEntries(Object.entries(youtubeEs.steps).filter(([slug]) => slug !== 'limit-comments')),
    };
    const localized = localizePlatform(youtube, 'es', parsed(partial));
    const comments = localized.steps.find((step) => step.slug === 'limit-comments')!;
    expect(comments).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(comments.title).toBe(youtube.steps.find((step) => step.slug === 'limit-comments')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });
});
