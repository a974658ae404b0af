import { ContentError, loadPlatforms, loadTranslations } from './load';
import { localizePlatform } from './localize';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** One platform in one language: how much of it a reader of that language gets in their language. */
export type TranslationRow = {
  locale: Locale;
  platform: string;
  steps: number;
  translated: number;
  /** Steps with no translation: shown in English, with a notice. */
  missing: string[];
  /** Steps re-checked in English since they were translated: shown in English until translated again. */
  outdated: string[];
};

export type TranslationAudit = { rows: TranslationRow[]; problems: string[] };

/**
 * Audits every language against the English content. Problems are what the
 * build rejects (a translation of a missing step, a label that breaks the
 * "Open …" rule); missing and outdated steps are only reported, because the
 * page falls back to English and says so.
 */
export function auditTranslations(rawPlatforms: readonly unknown[], rawTranslations: Partial<Record<Locale, readonly unknown[]>>, today: string): TranslationAudit {
  let platforms;
  try {
    platforms = loadPlatforms(rawPlatforms, { today });
  } catch (error) {
    // The content itself is broken: the content audit reports why.
    if (error instanceof ContentError) return { rows: [], problems: [] };
    throw error;
  }
  const rows: TranslationRow[] = [];
  const problems: string[] = [];
  for (const locale of LOCALES.filter((each) => each !== DEFAULT_LOCALE)) {
    let translations;
    try {
      translations = loadTranslations(rawTranslations[locale] ?? [], locale, platforms);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    for (const platform of platforms) {
      const localized = localizePlatform(platform, locale, translations.get(platform.slug));
      rows.push({
        locale,
        platform: platform.slug,
        steps: localized.steps.length,
        translated: localized.steps.filter((step) => step.fallback === null).length,
        missing: localized.steps.filter((step) => step.fallback === 'missing').map((step) => step.slug),
        outdated: localized.steps.filter((step) => step.fallback === 'outdated').map((step) => step.slug),
      });
    }
  }
  return { rows, problems };
}
