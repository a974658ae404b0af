import { getTranslations } from 'next-intl/server';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/content/locales';

/**
 * A plain form: it works before and without JavaScript, and the page comes
 * back at the same address in the chosen language.
 */
export async function LanguageSwitcher({ current }: { current: Locale }) {
  const t = await getTranslations('layout');
  return (
    <form className="language-switcher" method="post" action="/api/locale" aria-label={t('language')}>
      {LOCALES.filter((locale) => locale !== current).map((locale) => (
        <button key={locale} type="submit" name="locale" value={locale} lang={locale} className="button-link" title={t('switchTo', { language: LOCALE_NAMES[locale] })}>
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
