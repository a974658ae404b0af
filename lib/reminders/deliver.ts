import 'server-only';
import { getPlatform } from '@/lib/content';
import { reminderEmail } from '@/lib/email/reminder-email';
import { sendEmail } from '@/lib/email/send';
import { env } from '@/lib/env';
import { createStopToken, type StopTarget } from './stop-token';
import type { ClaimedReminder } from './sweep';

/** A countdown's reminders stop together; a data-file reminder belongs to no countdown and stops alone. */
function stopTargetOf(reminder: ClaimedReminder): StopTarget {
  return reminder.countdownId ? { kind: 'countdown', countdownId: reminder.countdownId } : { kind: 'data-file', reminderId: reminder.id };
}

/**
 * Renders and sends one reminder. Its Message-ID comes from the reminder's id,
 * so a resend after a crash is the same message to mail servers and clients.
 */
export async function deliverReminder(reminder: ClaimedReminder): Promise<void> {
  const appUrl = env().APP_URL;
  const token = encodeURIComponent(createStopToken(stopTargetOf(reminder)));
  const platformName = getPlatform(reminder.platform)?.name ?? reminder.platform;
  // en-CA writes YYYY-MM-DD: this is a calendar date to count days from, not words for the reader.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: reminder.timeZone ?? 'UTC' }).format(new Date());
  await sendEmail(
    reminderEmail({
      reminder,
      platformName,
      today,
      messageId: `<reminder-${reminder.id}@${new URL(appUrl).hostname}>`,
      links: {
        countdownUrl: new URL('/countdowns', appUrl).toString(),
        // The page asks before it stops: opening a link changes nothing.
        stopUrl: new URL(`/reminders/stop?token=${token}`, appUrl).toString(),
        // RFC 8058: mail providers post to it from their own "Unsubscribe" button.
        oneClickStopUrl: new URL(`/api/reminders/stop?token=${token}`, appUrl).toString(),
      },
    }),
  );
}
