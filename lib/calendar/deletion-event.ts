import { createEvent } from 'ics';
import { addDays, type IsoDate } from '@/lib/reminders/schedule';

function toDateArray(date: IsoDate): [number, number, number] {
  // addDays validates the date and throws a RangeError for one that does not exist.
  const [year, month, day] = addDays(date, 0).split('-').map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/**
 * ics writes relative triggers as "-P7DT", which RFC 5545 does not allow
 * ("T" must be followed by hours, minutes or seconds); strict calendar apps
 * reject it, so the empty time part is removed.
 */
function fixEmptyDurationTime(calendar: string): string {
  return calendar.replace(/^(TRIGGER:[-+]?P(?:\d+W)?(?:\d+D)?)T\r$/gm, '$1\r');
}

/**
 * A one-event calendar file for the day a deletion becomes permanent, with
 * alarms a week and a day before, so the person is reminded even without an
 * Unlisted account.
 */
export function deletionCalendarFile({
  platformName,
  finalOn,
  countdownUrl,
  uid,
}: {
  platformName: string;
  finalOn: IsoDate;
  countdownUrl: string;
  uid: string;
}): string {
  const description = [
    `Until this day, logging in to ${platformName} (including “Log in with ${platformName}” on other sites and apps) cancels the deletion.`,
    `After it, the account and its content are gone for good.`,
    `Your countdown: ${countdownUrl}`,
  ].join('\n\n');

  const { error, value } = createEvent({
    // Date-only start and end make an all-day event; the end is exclusive, hence the next day.
    start: toDateArray(finalOn),
    end: toDateArray(addDays(finalOn, 1)),
    startInputType: 'local',
    startOutputType: 'local',
    title: `${platformName} account deleted for good`,
    description,
    url: countdownUrl,
    // A reminder, not an appointment: it should not show the person as busy.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    alarms: [
      {
        action: 'display',
        description: `In 7 days your ${platformName} account is deleted for good. Logging in before then cancels the deletion.`,
        trigger: { days: 7, before: true },
      },
      {
        action: 'display',
        description: `Tomorrow your ${platformName} account is deleted for good. Logging in before then cancels the deletion.`,
        trigger: { days: 1, before: true },
      },
    ],
    productId: 'unlisted/countdown',
    uid,
    calName: 'Unlisted',
  });
  if (error || !value) throw new Error('Could not create the calendar file.', { cause: error ?? undefined });
  return fixEmptyDurationTime(value);
}
