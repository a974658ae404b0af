import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/content/locales';
import enErrors from '@/messages/en/errors.json';
import esErrors from '@/messages/es/errors.json';
import { problemValues, type Problem } from './problem-codes';

/*
 * A problem's words in one language, for whatever answers outside a page:
 * route handlers, the proxy, server actions. Only the `errors` namespace is
 * loaded, so the proxy does not carry every page's words. use-intl's core
 * (what next-intl is built on) formats without React or a request, so the
 * proxy, the reminder CLI and unit tests can all call this.
 */

/** Typed against English: a language missing a code fails the typecheck too. */
const ERRORS: Record<Locale, typeof enErrors> = { en: enErrors, es: esErrors };

type Render = (code: string, values: Record<string, string | number | Date>) => string;

const translators = new Map<Locale, Render>();

function translatorFor(locale: Locale): Render {
  let render = translators.get(locale);
  if (!render) {
    // UTC: date parameters are calendar dates at UTC midnight (lib/i18n/problem-codes.ts).
    const t = createTranslator({ locale, messages: ERRORS[locale], namespace: 'errors', timeZone: 'UTC' });
    render = (code, values) => (t as unknown as Render)(code, values);
    translators.set(locale, render);
  }
  return render;
}

/** What a problem says in `locale`. */
export function problemMessage(locale: Locale, problem: Problem): string {
  return translatorFor(locale)(problem.code, problemValues(problem));
}
