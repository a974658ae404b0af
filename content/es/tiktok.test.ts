import { describe, expect, it } from 'vitest';
import { loadPlatforms, loadTranslations, todayUtc } from '@/lib/content/load';
import { localizePlatform } from '@/lib/content/localize';
import { DEVICES } from '@/lib/content/schema';
import { rawPlatforms } from '../index';
import { tiktokEs } from './tiktok';

// The real English content and the Spanish translation, through the loaders the build uses.
const platforms = loadPlatforms(rawPlatforms, { today: todayUtc() });
const tiktok = platforms.find((platform) => platform.slug === 'tiktok')!;

function parsed(raw: unknown) {
  return loadTranslations([raw], 'es', platforms).get('tiktok')!;
}

describe('TikTok in Spanish', () => {
  it('passes every translation check', () => {
    expect(() => loadTranslations([tiktokEs], 'es', platforms)).not.toThrow();
  });

  it('translates every English step, from its current English version', () => {
    expect(Object.keys(tiktokEs.steps).sort()).toEqual(tiktok.steps.map((step) => step.slug).sort());
    for (const step of tiktok.steps) {
      expect(parsed(tiktokEs).steps[step.slug]?.translatedFrom).toBe(step.lastVerified);
    }
  });

  it('shows every step in Spanish, with no fallback', () => {
    const localized = localizePlatform(tiktok, 'es', parsed(tiktokEs));
    expect(localized.language).toBe('es');
    expect(localized.steps).toHaveLength(tiktok.steps.length);
    for (const step of localized.steps) {
      expect(step, step.slug).toMatchObject({ language: 'es', fallback: null });
    }
  });

  it('keeps the English links, labelled in Spanish', () => {
    const localized = localizePlatform(tiktok, 'es', parsed(tiktokEs));
    localized.steps.forEach((step, index) => {
      const english = tiktok.steps[index]!;
      expect(step.officialLinks.map((link) => link.url)).toEqual(english.officialLinks.map((link) => link.url));
      for (const link of step.officialLinks) expect(link.label).toMatch(/^Abrir /);
    });
  });

  it('keeps the English instructions, device by device', () => {
    const localized = localizePlatform(tiktok, 'es', parsed(tiktokEs));
    localized.steps.forEach((step, index) => {
      const english = tiktok.steps[index]!;
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

  it('uses one style of quotation marks', () => {
    expect(JSON.stringify(tiktokEs)).not.toMatch(/[“”‘’]/);
  });

  it('shows a step in English, marked outdated, once the English step is checked again', () => {
    const behind = {
      ...tiktokEs,
      steps: { ...tiktokEs.steps, 'delete-account': { ...tiktokEs.steps['delete-account'], translatedFrom: '2026-01-01' } },
    };
    const localized = localizePlatform(tiktok, 'es', parsed(behind));
    const deletion = localized.steps.find((step) => step.slug === 'delete-account')!;
    expect(deletion).toMatchObject({ language: 'en', fallback: 'outdated' });
    expect(deletion.title).toBe(tiktok.steps.find((step) => step.slug === 'delete-account')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });

  it('shows a step in English, marked missing, when it is not translated', () => {
    const partial = {
      ...tiktokEs,
      steps: Object.fromEntries(Object.entries(tiktokEs.steps).filter(([slug]) => slug !== 'save-your-videos')),
    };
    const localized = localizePlatform(tiktok, 'es', parsed(partial));
    const saving = localized.steps.find((step) => step.slug === 'save-your-videos')!;
    expect(saving).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(saving.title).toBe(tiktok.steps.find((step) => step.slug === 'save-your-videos')!.title);
    expect(localized.steps.filter((step) => step.fallback !== null)).toHaveLength(1);
  });
});
