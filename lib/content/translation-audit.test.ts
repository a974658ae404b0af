import { describe, expect, it } from 'vitest';
import { rawPlatforms } from '@/content';
import { rawTranslations } from '@/content/translations';
import { validPlatform } from './fixtures/valid-platform';
import { validStepTranslation } from './fixtures/valid-translation';
import { todayUtc } from './load';
import { auditTranslations } from './translation-audit';

const today = todayUtc();

function translationOf(slugs: string[], translatedFrom: string) {
  const platform = validPlatform();
  return {
    platform: platform.slug,
    tagline: 'Un eslogan.',
    flows: { 'lock-down': { title: 'Protege', description: 'Desc.' }, leave: { title: 'Vete', description: 'Desc.' } },
    steps: Object.fromEntries(
      platform.steps
        .filter((step) => slugs.includes(step.slug))
        .map((step) => [step.slug, validStepTranslation(step, { translatedFrom })]),
    ),
  };
}

describe('auditTranslations', () => {
  it('counts translated, missing and outdated steps per platform', () => {
    const platform = validPlatform();
    const [first, second] = platform.steps.map((step) => step.slug);
    const { rows, problems } = auditTranslations([platform], { es: [translationOf([first!], platform.steps[0]!.lastVerified)] }, today);
    expect(problems).toEqual([]);
    const row = rows.find((candidate) => candidate.locale === 'es')!;
    expect(row.translated).toBe(1);
    expect(row.missing).toContain(second);
    expect(row.outdated).toEqual([]);

    const stale = auditTranslations([platform], { es: [translationOf([first!], '2025-01-01')] }, today);
    expect(stale.rows[0]!.outdated).toEqual([first]);
    expect(stale.rows[0]!.translated).toBe(0);
  });

  it('reports what the build would reject', () => {
    const platform = validPlatform();
    const broken = translationOf([platform.steps[0]!.slug], platform.steps[0]!.lastVerified);
    broken.steps[platform.steps[0]!.slug]!.officialLinkLabels = ['Open it in English'];
    const { problems } = auditTranslations([platform], { es: [broken] }, today);
    expect(problems.join('\n')).toMatch(/must start with "Abrir "/);
  });

  it('finds the real Spanish content sound and complete', () => {
    const { rows, problems } = auditTranslations(rawPlatforms, rawTranslations, today);
    expect(problems).toEqual([]);
    expect(rows.length).toBe(rawPlatforms.length);
    for (const row of rows) expect({ platform: row.platform, missing: row.missing, outdated: row.outdated }).toEqual({ platform: row.platform, missing: [], outdated: [] });
  });
});
