import { z } from 'zod';
import { getPlatform } from '@/lib/content';
import { checkRequestedOn, isValidTimeZone } from '@/lib/reminders/schedule';
import { todayIn } from './countdown-dates';
import { calendarDateOutOfRange } from './date-range';

const calendarDateSchema = z.iso.date({ error: 'Enter the date as YYYY-MM-DD.' });

export const countdownStartSchema = z
  .object({
    platform: z.string().refine((slug) => getPlatform(slug)?.timings.deletionGraceDays != null, {
      error: 'has no deletion grace period to count down',
    }),
    // Format, existence and range are checked below, by the same function the page uses.
    requestedOn: z.string({ error: 'Enter the date as YYYY-MM-DD.' }),
    timeZone: z.string().refine(isValidTimeZone, { error: 'is not a time zone' }),
  })
  .strict()
  .superRefine((value, context) => {
    const graceDays = getPlatform(value.platform)?.timings.deletionGraceDays;
    if (!graceDays || !isValidTimeZone(value.timeZone)) return;
    const problem = checkRequestedOn({ requestedOn: value.requestedOn, today: todayIn(value.timeZone), graceDays });
    if (problem) context.addIssue({ code: 'custom', path: ['requestedOn'], message: problem });
  });
export type CountdownStart = z.infer<typeof countdownStartSchema>;

export const dataFileReadySchema = z
  .object({
    platform: z.string().refine((slug) => getPlatform(slug)?.timings.dataFileAvailableDays != null, {
      error: 'has no known download window for data files',
    }),
    readyOn: calendarDateSchema,
    timeZone: z.string().refine(isValidTimeZone, { error: 'is not a time zone' }),
  })
  .strict()
  .superRefine((value, context) => {
    // Refinements run even when a field failed: a malformed date already has its message.
    if (!isValidTimeZone(value.timeZone) || !calendarDateSchema.safeParse(value.readyOn).success) return;
    const problem = calendarDateOutOfRange(value.readyOn, todayIn(value.timeZone));
    if (problem) context.addIssue({ code: 'custom', path: ['readyOn'], message: problem });
  });
