import 'server-only';
import { getPlatform } from '@/lib/content';
import { reminderEmail } from '@/lib/email/reminder-email';
import { sendEmail } from '@/lib/email/send';
import { env } from '@/lib/env';
import { createStopToken } from './stop-token';
import type { ClaimedReminder } from './sweep';

/**
 * Renders and sends one reminder. Its Message-ID comes from the reminder's id,
 * so a resend after a crash is the same message to mail servers and clients.
 */
export async function deliverReminder(reminder: ClaimedReminder): Promise<void> {
  const appUrl = env().APP_URL;
  const token = reminder.countdownId ? createStopToken(reminder.countdownId) : null;
  const platformName = getPlatform(reminder.platform)?.name ?? reminder.platform;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: reminder.timeZone ?? 'UTC' }).format(new Date());
  await sendEmail(
    reminderEmail({
      reminder,
      platformName,
      today,
      messageId: `<reminder-${reminder.id}@${new URL(appUrl).hostname}>`,
      links: {
        countdownUrl: new URL('/countdowns', appUrl).toString(),
        stopUrl: token ? new URL(`/reminders/stop?token=${encodeURIComponent(token)}`, appUrl).toString() : null,
        oneClickStopUrl: token ? new URL(`/api/reminders/stop?token=${encodeURIComponent(token)}`, appUrl).toString() : null,
      },
    }),
  );
}
