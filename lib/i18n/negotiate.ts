import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/content/locales';

/** The cookie the language switcher sets; it wins over the browser's languages. */
export const LOCALE_COOKIE = 'unlisted-locale';

/**
 * The language to answer in: the person's own choice if they made one, else
 * the first of the browser's languages (by q-value, then order) that the
 * site speaks, matched on the primary subtag (`es-MX` → `es`), else English.
 */
export function negotiateLocale(input: { cookie?: string | undefined; acceptLanguage?: string | null | undefined }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  for (const tag of preferredLanguages(input.acceptLanguage ?? '')) {
    if (tag === '*') return DEFAULT_LOCALE;
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** Accept-Language tags, lower-cased, best first; q=0 ones (refused) dropped. */
export function preferredLanguages(header: string): string[] {
  return header
    .slice(0, 1024) // A browser sends a few dozen bytes; anything longer is not worth parsing.
    .split(',')
    .map((part, index) => {
      const [rawTag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: rawTag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ tag, quality }) => tag.length > 0 && /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/.test(tag) && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}

/** One cookie's value from a Cookie header, or undefined. */
function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * The language to answer a request in, as the proxy picks a page's: an API
 * answer to a page's call then speaks the page's language, since the page was
 * chosen from the same cookie and Accept-Language.
 */
export function requestLocale(headers: Headers): Locale {
  return negotiateLocale({ cookie: cookieValue(headers.get('cookie'), LOCALE_COOKIE), acceptLanguage: headers.get('accept-language') });
}
