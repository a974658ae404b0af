import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/content/locales';
import { negotiateLocale, preferredLanguages } from './negotiate';

describe('negotiateLocale', () => {
  it('answers in English when the browser says nothing', () => {
    expect(negotiateLocale({})).toBe('en');
    expect(negotiateLocale({ acceptLanguage: '' })).toBe('en');
  });

  it('matches a regional tag on its language', () => {
    expect(negotiateLocale({ acceptLanguage: 'es-MX,es;q=0.9,en;q=0.8' })).toBe('es');
    expect(negotiateLocale({ acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en');
  });

  it('takes the best language the site speaks, by quality then order', () => {
    expect(negotiateLocale({ acceptLanguage: 'fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7' })).toBe('es');
    expect(negotiateLocale({ acceptLanguage: 'en;q=0.5,es;q=0.6' })).toBe('es');
    expect(negotiateLocale({ acceptLanguage: 'de, en' })).toBe('en');
  });

  it('never picks a language the browser refused', () => {
    expect(negotiateLocale({ acceptLanguage: 'es;q=0, en;q=0.1' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'es;q=0' })).toBe('en');
  });

  it('lets the person’s own choice win over the browser', () => {
    expect(negotiateLocale({ cookie: 'es', acceptLanguage: 'en' })).toBe('es');
    expect(negotiateLocale({ cookie: 'en', acceptLanguage: 'es' })).toBe('en');
    expect(negotiateLocale({ cookie: 'klingon', acceptLanguage: 'es' })).toBe('es');
  });

  it('always answers with a language the site speaks, whatever it is sent', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string({ maxLength: 2000 })), (cookie, acceptLanguage) => {
        expect(LOCALES).toContain(negotiateLocale({ cookie: cookie ?? undefined, acceptLanguage }));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('preferredLanguages', () => {
  it('drops malformed tags and keeps the order of equal qualities', () => {
    expect(preferredLanguages('es, <script>, en-US;q=0.8, pt;q=abc')).toEqual(['es', 'en-us']);
  });
});
