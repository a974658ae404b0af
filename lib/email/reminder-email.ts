import type { ClaimedReminder } from '@/lib/reminders/sweep';
import type { Email } from './send';
import { emailWords, escapeHtml, formatEmailDate } from './words';

type Links = { countdownUrl: string; stopUrl: string; oneClickStopUrl: string };

type Words = ReturnType<typeof emailWords>;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** Why the person gets this email, and what its stop link is called: a countdown sends several, a data file one. */
function footerWords(t: Words, reminder: ClaimedReminder): { why: string; stop: string; countdown: { label: string; link: string } | null } {
  return reminder.kind === 'data-file-1-day'
    ? { why: t('reminder.dataFileFooter.why'), stop: t('reminder.dataFileFooter.stop'), countdown: null }
    : {
        why: t('reminder.countdownFooter.why'),
        stop: t('reminder.countdownFooter.stop'),
        countdown: { label: t('reminder.countdownFooter.countdown'), link: t('reminder.countdownFooter.seeCountdown') },
      };
}

/**
 * Subject, plain text and HTML for one reminder, in the language stored with
 * it (`reminder.locale`), with its stop link in the body (to a page that asks
 * first) and the one-click stop in List-Unsubscribe (RFC 8058), so the mail
 * provider's own Unsubscribe button works.
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
  const t = emailWords(reminder.locale);
  const { subject, lines } = content(t, reminder, platformName, today);
  const { why, stop, countdown } = footerWords(t, reminder);
  const footer = [...(countdown ? [`${countdown.label}: ${links.countdownUrl}`] : []), `${stop}: ${links.stopUrl}`, why];
  const text = [...lines, '', ...footer].join('\n');
  const paragraphs = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(countdown ? [`<p><a href="${escapeHtml(links.countdownUrl)}">${escapeHtml(countdown.link)}</a></p>`] : []),
    `<p style="color: #4a4f5a; font-size: 14px">${escapeHtml(why)} <a href="${escapeHtml(links.stopUrl)}" style="color: #4a4f5a">${escapeHtml(stop)}</a>.</p>`,
  ];
  const html = `<!doctype html>
<html lang="${reminder.locale}"><body style="font-family: system-ui, sans-serif; color: #16181d; line-height: 1.5">
${paragraphs.join('\n')}
</body></html>`;
  const headers: Record<string, string> = {
    'X-Unlisted-Reminder': reminder.kind,
    'List-Unsubscribe': `<${links.oneClickStopUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  return { to: reminder.email, subject, text, html, headers, messageId };
}

function content(t: Words, reminder: ClaimedReminder, platform: string, today: string): { subject: string; lines: string[] } {
  if (reminder.kind === 'data-file-1-day' && reminder.readyOn) {
    const readyDay = formatEmailDate(reminder.readyOn, reminder.locale);
    return {
      subject: t('reminder.dataFile.subject', { platform }),
      lines: [t('reminder.dataFile.when', { platform, readyDay }), t('reminder.dataFile.act', { platform })],
    };
  }
  const finalOn = reminder.finalOn ?? today;
  const finalDay = formatEmailDate(finalOn, reminder.locale);
  const left = Math.max(0, daysBetween(today, finalOn));
  switch (reminder.kind) {
    case 'deletion-7-days':
      return {
        subject: t('reminder.sevenDays.subject', { left, platform, finalDay }),
        lines: [
          t('reminder.sevenDays.when', { left, platform, finalDay }),
          t('reminder.dontLogIn', { platform }),
          t('reminder.sevenDays.choice'),
        ],
      };
    case 'deletion-1-day':
      return {
        subject: t('reminder.oneDay.subject', { platform, finalDay }),
        lines: [t('reminder.oneDay.when', { platform, finalDay }), t('reminder.oneDay.choice', { platform })],
      };
    default:
      return {
        subject: t('reminder.final.subject', { platform }),
        lines: [t('reminder.final.when', { platform, finalDay }), t('reminder.final.after')],
      };
  }
}
