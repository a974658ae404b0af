import type { Email } from './send';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The magic-link message: the link, how long it lasts, and what to do if it was not you. */
export function signInEmail({ to, url, expires }: { to: string; url: string; expires: Date }): Email {
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const lifetime = minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`;
  const subject = 'Your Unlisted sign-in link';
  const text = [
    'Sign in to Unlisted with this link:',
    '',
    url,
    '',
    'It opens a page with a "Sign in" button: nothing happens until you press it.',
    `It works once, for the next ${lifetime}.`,
    'If you did not ask for it, ignore this email: nobody can sign in without the link.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; color: #16181d; line-height: 1.5">
<p>Sign in to Unlisted:</p>
<p><a href="${escapeHtml(url)}" style="display: inline-block; padding: 10px 16px; background: #0b5563; color: #ffffff; border-radius: 8px; text-decoration: none; font-weight: 600">Sign in to Unlisted</a></p>
<p>The page it opens asks you to press “Sign in”: nothing happens until you do. It works once, for the next ${lifetime}. If the button does not work, copy this address into your browser:<br>${escapeHtml(url)}</p>
<p style="color: #4a4f5a">If you did not ask for it, ignore this email: nobody can sign in without the link.</p>
</body></html>`;
  return { to, subject, text, html };
}
