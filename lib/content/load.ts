import { z } from 'zod';
import { findPlatformProblems } from './problems';
import { findTranslationProblems } from './localize';
import type { Locale } from './locales';
import { platformSchema, type Platform } from './schema';
import { platformTranslationSchema, type PlatformTranslation } from './translation-schema';

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The checklist content is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

// Zod-free, so the browser can use it too; re-exported here for the loader's callers.
export { todayUtc } from './freshness';

/**
 * Validates raw platform data and returns it parsed. Collects every problem
 * across every platform before failing, so one build run lists them all.
 */
export function loadPlatforms(raw: readonly unknown[], options: { today: string }): Platform[] {
  const problems: string[] = [];
  const platforms: Platform[] = [];

  raw.forEach((candidate, index) => {
    const result = platformSchema.safeParse(candidate);
    if (!result.success) {
      const name = describe(candidate, index);
      for (const issue of result.error.issues) {
        problems.push(`${name}: ${formatPath(issue.path)}${issue.message}`);
      }
      return;
    }
    platforms.push(result.data);
    problems.push(...findPlatformProblems(result.data, options.today));
  });

  const slugs = new Set<string>();
  for (const platform of platforms) {
    if (slugs.has(platform.slug)) problems.push(`${platform.slug}: duplicate platform slug`);
    slugs.add(platform.slug);
  }

  if (problems.length > 0) throw new ContentError(problems);
  return platforms;
}

function describe(candidate: unknown, index: number): string {
  const slug = z.object({ slug: z.string() }).safeParse(candidate);
  if (slug.success) return slug.data.slug;
  const translated = z.object({ platform: z.string() }).safeParse(candidate);
  return translated.success ? translated.data.platform : `platform #${index + 1}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return `${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '')}: `;
}

/**
 * Validates one language's translations against the parsed English platforms.
 * Problems fail the build like content problems do; a translation that is
 * merely behind the English (see `translatedFrom`) is not a problem: the
 * page shows English and says so.
 */
export function loadTranslations(raw: readonly unknown[], locale: Locale, platforms: readonly Platform[]): Map<string, PlatformTranslation> {
  const problems: string[] = [];
  const translations = new Map<string, PlatformTranslation>();
  raw.forEach((candidate, index) => {
    const name = `${locale}/${describe(candidate, index)}`;
    const result = platformTranslationSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${name}: ${formatPath(issue.path)}${issue.message}`);
      return;
    }
    const platform = platforms.find((candidatePlatform) => candidatePlatform.slug === result.data.platform);
    if (!platform) {
      problems.push(`${name}: translates platform "${result.data.platform}", which does not exist`);
      return;
    }
    if (translations.has(platform.slug)) problems.push(`${name}: a second translation of ${platform.slug}`);
    problems.push(...findTranslationProblems(platform, locale, result.data));
    translations.set(platform.slug, result.data);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return translations;
}
