import { z } from 'zod';
import { getPlatform } from '@/lib/content';
import { checkRequestedOn, isValidTimeZone } from '@/lib/reminders/schedule';
import { todayIn } from './countdown-dates';


export const countdownStartSchema = z
  .object({
    platform: z.string().refine((slug) => getPlatform(slug)?.timings.deletionGraceDays != null, {
      error: 'has no deletion grace period to count down',
    }),
    requestedOn: z.iso.date({ error: 'Enter the date as YYYY-MM-DD.' }),
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
    readyOn: z.iso.date({ error: 'Enter the date as YYYY-MM-DD.' }),
    timeZone: z.string().refine(isValidTimeZone, { error: 'is not a time zone' }),
  })
  .strict()
  .superRefine((value, context) => {
    if (!isValidTimeZone(value.timeZone)) return;
    if (value.readyOn > todayIn(value.timeZone)) {
      context.addIssue({ code: 'custom', path: ['readyOn'], message: "The date can't be in the future." });
    }
  });
