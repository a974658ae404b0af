import { DEFAULT_LOCALE, type Locale } from './locales';
import type { OfficialLink, Platform, Step } from './schema';
import type { PlatformTranslation } from './translation-schema';

/** Why a step is shown in English on a page in another language. */
export type FallbackReason = 'missing' | 'outdated';

/** An official link as a page in one language shows it: its address in that language where there is one. */
export type LocalizedLink = OfficialLink & {
  /** The language of the page it opens, when known (help articles); settings pages follow the account's language. */
  hrefLang?: Locale;
};

export type LocalizedStep = Omit<Step, 'officialLinks'> & {
  officialLinks: LocalizedLink[];
  /** The language the step's text is written in. */
  language: Locale;
  /** Set when the page's language was asked for but the step is shown in English. */
  fallback: FallbackReason | null;
};

export type LocalizedPlatform = Omit<Platform, 'steps'> & {
  /** The language of the platform's own words (tagline, flows). */
  language: Locale;
  steps: LocalizedStep[];
};

/** How official links must begin in each language (docs/contracts.md: "Open …" in English). */
export const OPEN_LINK_PREFIX: Record<Locale, string> = { en: 'Open ', es: 'Abrir ' };

/**
 * How a label says its help page is in English because the platform has none
 * in the page's language, so nobody is surprised by the language they land in.
 */
export const IN_ENGLISH_SUFFIX: Record<Locale, string | null> = { en: null, es: '(en inglés)' };

/** The link's own address in `locale`, if the platform has the page in that language. */
function localUrlOf(link: OfficialLink, locale: Locale): string | undefined {
  return locale === 'en' ? undefined : link.localizedUrls[locale];
}

function englishLinks(step: Step): LocalizedLink[] {
  return step.officialLinks.map((link) => (link.kind === 'setting' ? link : { ...link, hrefLang: DEFAULT_LOCALE }));
}

/**
 * The platform in `locale`, step by step: a step with an up-to-date
 * translation is shown translated, any other in English and marked, so the
 * page can say so.
 */
export function localizePlatform(platform: Platform, locale: Locale, translation: PlatformTranslation | undefined): LocalizedPlatform {
  if (locale === DEFAULT_LOCALE || !translation) {
    const fallback: FallbackReason | null = locale === DEFAULT_LOCALE ? null : 'missing';
    return {
      ...platform,
      language: DEFAULT_LOCALE,
      steps: platform.steps.map((step) => ({ ...step, officialLinks: englishLinks(step), language: DEFAULT_LOCALE, fallback })),
    };
  }
  return {
    ...platform,
    language: locale,
    tagline: translation.tagline,
    flows: {
      'lock-down': { ...platform.flows['lock-down'], ...translation.flows['lock-down'] },
      leave: { ...platform.flows.leave, ...translation.flows.leave },
    },
    notOnPlatform: translation.notOnPlatform.length === platform.notOnPlatform.length ? translation.notOnPlatform : platform.notOnPlatform,
    steps: platform.steps.map((step) => localizeStep(step, locale, translation.steps[step.slug])),
  };
}

function localizeStep(step: Step, locale: Locale, translation: PlatformTranslation['steps'][string] | undefined): LocalizedStep {
  if (!translation) return { ...step, officialLinks: englishLinks(step), language: DEFAULT_LOCALE, fallback: 'missing' };
  if (translation.translatedFrom !== step.lastVerified) return { ...step, officialLinks: englishLinks(step), language: DEFAULT_LOCALE, fallback: 'outdated' };
  return {
    ...step,
    language: locale,
    fallback: null,
    title: translation.title,
    summary: translation.summary,
    why: translation.why,
    changes: translation.changes,
    unchanged: translation.unchanged,
    howTo: translation.howTo,
    warnings: translation.warnings,
    noSettingLink: translation.noSettingLink ?? step.noSettingLink,
    officialLinks: step.officialLinks.map((link, index) => localizeLink(link, locale, translation.officialLinkLabels[index])),
  };
}

function localizeLink(link: OfficialLink, locale: Locale, label: string | undefined): LocalizedLink {
  const localUrl = localUrlOf(link, locale);
  const translated = { ...link, label: label ?? link.label };
  if (localUrl) return { ...translated, url: localUrl, hrefLang: locale };
  return link.kind === 'setting' ? translated : { ...translated, hrefLang: DEFAULT_LOCALE };
}

/**
 * What a translation cannot say on its own: that it names real steps, keeps
 * the English step's shape (same links, same devices available), and writes
 * official links the way the language's screen-reader users expect.
 */
export function findTranslationProblems(platform: Platform, locale: Locale, translation: PlatformTranslation): string[] {
  const problems: string[] = [];
  const where = (slug: string) => `${locale}/${platform.slug}/${slug}`;
  const bySlug = new Map(platform.steps.map((step) => [step.slug, step]));

  if (translation.notOnPlatform.length !== platform.notOnPlatform.length) {
    problems.push(`${locale}/${platform.slug}: notOnPlatform has ${translation.notOnPlatform.length} entries, the English has ${platform.notOnPlatform.length}`);
  }
  for (const [slug, translated] of Object.entries(translation.steps)) {
    const step = bySlug.get(slug);
    if (!step) {
      problems.push(`${where(slug)}: translates a step that does not exist`);
      continue;
    }
    if (translated.officialLinkLabels.length !== step.officialLinks.length) {
      problems.push(`${where(slug)}: has ${translated.officialLinkLabels.length} official link labels, the English step has ${step.officialLinks.length} links`);
    }
    translated.officialLinkLabels.forEach((label, index) => {
      if (!label.startsWith(OPEN_LINK_PREFIX[locale])) problems.push(`${where(slug)}: official link label "${label}" must start with "${OPEN_LINK_PREFIX[locale]}"`);
      const link = step.officialLinks[index];
      const suffix = IN_ENGLISH_SUFFIX[locale];
      if (!link || !suffix || link.kind === 'setting') return;
      const inEnglish = !localUrlOf(link, locale);
      if (inEnglish && !label.endsWith(suffix)) problems.push(`${where(slug)}: official link label "${label}" opens an English page: end it with "${suffix}"`);
      if (!inEnglish && label.includes(suffix)) problems.push(`${where(slug)}: official link label "${label}" opens a page in this language: drop "${suffix}"`);
    });
    if (Boolean(translated.noSettingLink) !== Boolean(step.noSettingLink)) {
      problems.push(`${where(slug)}: noSettingLink is ${translated.noSettingLink ? 'given' : 'missing'} here but ${step.noSettingLink ? 'given' : 'not'} in English`);
    }
    for (const device of ['ios', 'android', 'web'] as const) {
      if (translated.howTo[device].available !== step.howTo[device].available) {
        problems.push(`${where(slug)}: ${device} is ${translated.howTo[device].available ? 'available' : 'unavailable'} here but not in English`);
      }
    }
    if (translated.translatedFrom > step.lastVerified) {
      problems.push(`${where(slug)}: translatedFrom ${translated.translatedFrom} is later than the English lastVerified ${step.lastVerified}`);
    }
  }
  return problems;
}
