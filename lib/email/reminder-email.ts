import type { ClaimedReminder } from '@/lib/reminders/sweep';
import type { Email } from './send';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

type Links = { countdownUrl: string; stopUrl: string; oneClickStopUrl: string };

/** The final day as the person reads it, in their language and time zone. */
export function formatFinalDay(isoDate: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** Why the person gets this email, and what its stop link is called: a countdown sends several, a data file one. */
function footerWords(reminder: ClaimedReminder): { why: string; stop: string; countdownLink: boolean } {
  return reminder.kind === 'data-file-1-day'
    ? { why: 'You get this because you asked Unlisted to remind you about your data file.', stop: 'Stop this reminder', countdownLink: false }
    : { why: 'You get these because you started a deletion countdown on Unlisted.', stop: 'Stop these reminders', countdownLink: true };
}

/**
 * Subject, plain text and HTML for one reminder, with its stop link in the
 * body (to a page that asks first) and the one-click stop in List-Unsubscribe
 * (RFC 8058), so the mail provider's own Unsubscribe button works.
 */
export function reminderEmail({
  reminder,
  platformName,
  today,
  links,
  messageId,
}: {
  reminder: ClaimedReminder;
  platformName: string;
  today: string;
  links: Links;
  messageId: string;
}): Email {
  const { subject, lines } = content(reminder, platformName, today);
  const { why, stop, countdownLink } = footerWords(reminder);
  const footer = [...(countdownLink ? [`Your countdown: ${links.countdownUrl}`] : []), `${stop}: ${links.stopUrl}`, why];
  const text = [...lines, '', ...footer].join('\n');
  const paragraphs = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(countdownLink ? [`<p><a href="${escapeHtml(links.countdownUrl)}">See your countdown</a></p>`] : []),
    `<p style="color: #4a4f5a; font-size: 14px">${escapeHtml(why)} <a href="${escapeHtml(links.stopUrl)}" style="color: #4a4f5a">${escapeHtml(stop)}</a>.</p>`,
  ];
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; color: #16181d; line-height: 1.5">
${paragraphs.join('\n')}
</body></html>`;
  const headers: Record<string, string> = {
    'X-Unlisted-Reminder': reminder.kind,
    'List-Unsubscribe': `<${links.oneClickStopUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  return { to: reminder.email, subject, text, html, headers, messageId };
}

function content(reminder: ClaimedReminder, platformName: string, today: string): { subject: string; lines: string[] } {
  if (reminder.kind === 'data-file-1-day' && reminder.readyOn) {
    return {
      subject: `Download your ${platformName} data file today`,
      lines: [
        `The data file you asked ${platformName} for (ready on ${formatFinalDay(reminder.readyOn)}) will soon stop being downloadable.`,
        `Download it now from ${platformName}'s “Download your data” page, or you will have to ask for a new one and wait again.`,
      ],
    };
  }
  const finalOn = reminder.finalOn ?? today;
  const finalDay = formatFinalDay(finalOn);
  const left = Math.max(0, daysBetween(today, finalOn));
  const dontLogIn = `Until then, logging in to ${platformName}, including with “Log in with ${platformName}” on another site or app, cancels the deletion.`;
  switch (reminder.kind) {
    case 'deletion-7-days':
      return {
        subject: `${left} days left: your ${platformName} account is deleted for good on ${finalDay}`,
        lines: [
          `Your ${platformName} account will be deleted for good on ${finalDay}: ${left} ${left === 1 ? 'day' : 'days'} from now.`,
          dontLogIn,
          'If you want to keep it after all, logging in is all it takes. If not, stay logged out.',
        ],
      };
    case 'deletion-1-day':
      return {
        subject: `Last chance: your ${platformName} account is deleted for good on ${finalDay}`,
        lines: [
          `Tomorrow, ${finalDay}, your ${platformName} account is deleted for good.`,
          `This is the last chance to change your mind: log in to ${platformName} today to keep the account. Otherwise, stay logged out.`,
        ],
      };
    default:
      return {
        subject: `Your ${platformName} account is now deleted for good`,
        lines: [
          `The grace period ended on ${finalDay}: your ${platformName} account and what was in it are gone for good.`,
          'Messages you sent may still be visible to the people who received them.',
        ],
      };
  }
}
