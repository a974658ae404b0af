import type { Locale } from '@/lib/content/locales';
import type { Email } from './send';
import { emailWords, escapeHtml } from './words';

/**
 * The magic-link message: the link, how long it lasts, and what to do if it
 * was not you, in the language of the page the link was asked for from.
 */
export function signInEmail({ to, url, expires, locale }: { to: string; url: string; expires: Date; locale: Locale }): Email {
  const t = emailWords(locale);
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  // Hours from two on; `hours: 0` makes the message say minutes.
  const lifetime = t('signIn.lifetime', { minutes, hours: minutes >= 120 ? Math.round(minutes / 60) : 0 });
  const text = [t('signIn.intro'), '', url, '', t('signIn.opensPage'), lifetime, t('signIn.notYou')].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family: system-ui, sans-serif; color: #16181d; line-height: 1.5">
<p>${escapeHtml(t('signIn.htmlIntro'))}</p>
<p><a href="${escapeHtml(url)}" style="display: inline-block; padding: 10px 16px; background: #0b5563; color: #ffffff; border-radius: 8px; text-decoration: none; font-weight: 600">${escapeHtml(t('signIn.button'))}</a></p>
<p>${escapeHtml(t('signIn.htmlOpensPage'))} ${escapeHtml(lifetime)} ${escapeHtml(t('signIn.copyAddress'))}<br>${escapeHtml(url)}</p>
<p style="color: #4a4f5a">${escapeHtml(t('signIn.notYou'))}</p>
</body></html>`;
  return { to, subject: t('signIn.subject'), text, html };
}
