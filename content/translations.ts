import type { Locale } from '@/lib/content/locales';
import { rawSpanish } from './es';

/** Every language's translations, by locale. English is the content itself. */
export const rawTranslations: Partial<Record<Locale, readonly unknown[]>> = {
  es: rawSpanish,
};
