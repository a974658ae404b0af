import { rawPlatforms } from '@/content';
import { rawTranslations } from '@/content/translations';
import { loadPlatforms, loadTranslations, todayUtc } from './load';
import { localizePlatform, type LocalizedPlatform } from './localize';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import type { Flow, FlowId, Platform, Step } from './schema';

export type { Device, DeviceHowTo, Flow, FlowId, Platform, Step } from './schema';
export type { FallbackReason, LocalizedPlatform, LocalizedStep } from './localize';
export { DEVICES, DEVICE_LABELS, FLOW_IDS } from './schema';

let cache: Platform[] | undefined;
const localizedCache = new Map<Locale, LocalizedPlatform[]>();

/** All platforms, validated once per process; invalid content throws (and fails the build). */
export function getPlatforms(): Platform[] {
  cache ??= loadPlatforms(rawPlatforms, { today: todayUtc() });
  return cache;
}

/**
 * All platforms in `locale`. Every translation is validated the first time
 * any language is asked for, so a broken Spanish file fails an English build too.
 */
export function getLocalizedPlatforms(locale: Locale = DEFAULT_LOCALE): LocalizedPlatform[] {
  if (localizedCache.size === 0) {
    const platforms = getPlatforms();
    for (const each of LOCALES) {
      const translations = loadTranslations(rawTranslations[each] ?? [], each, platforms);
      localizedCache.set(each, platforms.map((platform) => localizePlatform(platform, each, translations.get(platform.slug))));
    }
  }
  return localizedCache.get(locale)!;
}

export function getPlatform(slug: string): Platform | undefined {
  return getPlatforms().find((platform) => platform.slug === slug);
}

export function getLocalizedPlatform(locale: Locale, slug: string): LocalizedPlatform | undefined {
  return getLocalizedPlatforms(locale).find((platform) => platform.slug === slug);
}

export function getStep<S extends Step>(platform: { steps: S[] }, slug: string): S | undefined {
  return platform.steps.find((step) => step.slug === slug);
}

export function getFlow(platform: Platform, flowId: FlowId): Flow {
  return platform.flows[flowId];
}

