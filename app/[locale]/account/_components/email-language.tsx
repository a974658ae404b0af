import { getTranslations } from 'next-intl/server';
import { getPlatform } from '@/lib/content';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/content/locales';
import type { ReminderLanguage } from '@/lib/db/queries/reminder-languages';

type Props = { reminders: ReminderLanguage[]; pageLocale: Locale; saved: boolean };

/**
 * "Email language": the language each reminder still to come is written in,
 * and a plain form (no script needed) that writes them all in another one.
 * It posts to /api/reminders/locale, which answers by coming back here.
 */
export async function EmailLanguage({ reminders, pageLocale, saved }: Props) {
  const t = await getTranslations('accountEmailLanguage');
  const names = (locales: readonly Locale[]) => locales.map((locale) => LOCALE_NAMES[locale]).join(', ');
  // What the emails are written in now, when that is one language; else the page's.
  const current = new Set(reminders.flatMap((reminder) => reminder.locales));
  const selected = current.size === 1 ? [...current][0]! : pageLocale;

  return (
    <section aria-labelledby="email-language">
      <h2 id="email-language" tabIndex={-1}>
        {t('heading')}
      </h2>
      {saved && reminders.length > 0 && (
        <p className="notice" role="status">
          {t('saved', { language: LOCALE_NAMES[selected] })}
        </p>
      )}
      {reminders.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>{t('lede')}</p>
          <p>{t('toCome')}</p>
          <ul>
            {reminders.map((reminder, index) => (
              <li key={`${reminder.what}-${reminder.platform}-${index}`}>
                {t(reminder.what, { platform: getPlatform(reminder.platform)?.name ?? reminder.platform, languages: names(reminder.locales) })}
              </li>
            ))}
          </ul>
          <form method="post" action="/api/reminders/locale">
            <div className="field">
              <label htmlFor="email-language-choice">{t('label')}</label>
              <select id="email-language-choice" name="locale" defaultValue={selected}>
                {LOCALES.map((locale) => (
                  <option key={locale} value={locale} lang={locale}>
                    {LOCALE_NAMES[locale]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t('save')}</button>
          </form>
        </>
      )}
    </section>
  );
}
