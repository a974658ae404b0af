import { z } from 'zod';
import { getPlatform } from '@/lib/content';
import { LOCALES } from '@/lib/content/locales';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { checkRequestedOn, isValidTimeZone } from '@/lib/reminders/schedule';
import { todayIn } from './countdown-dates';
import { calendarDateOutOfRange } from './date-range';

/*
 * Messages here are problem codes (lib/i18n/problem-codes.ts): the route
 * handler puts them in the reader's language (lib/http/handler.ts).
 */

const calendarDateSchema = z.iso.date({ error: 'date_format' satisfies ProblemCode });
const timeZoneSchema = z.string().refine(isValidTimeZone, { error: 'time_zone_invalid' satisfies ProblemCode });
/** The language the emails are written in; without it, the language the request's page was shown in. */
const localeSchema = z.enum(LOCALES).optional();

export const countdownStartSchema = z
  .object({
    platform: z.string().refine((slug) => getPlatform(slug)?.timings.deletionGraceDays != null, {
      error: 'platform_no_grace_period' satisfies ProblemCode,
    }),
    // Format, existence and range are checked below, by the same function the page uses.
    requestedOn: z.string({ error: 'date_format' satisfies ProblemCode }),
    timeZone: timeZoneSchema,
    locale: localeSchema,
  })
  .strict()
  .superRefine((value, context) => {
    const graceDays = getPlatform(value.platform)?.timings.deletionGraceDays;
    if (!graceDays || !isValidTimeZone(value.timeZone)) return;
    const problem = checkRequestedOn({ requestedOn: value.requestedOn, today: todayIn(value.timeZone), graceDays });
    if (problem) context.addIssue({ code: 'custom', path: ['requestedOn'], message: problem.code, params: problem.params });
  });
export type CountdownStart = z.infer<typeof countdownStartSchema>;

export const dataFileReadySchema = z
  .object({
    platform: z.string().refine((slug) => getPlatform(slug)?.timings.dataFileAvailableDays != null, {
      error: 'platform_no_data_file_window' satisfies ProblemCode,
    }),
    readyOn: calendarDateSchema,
    timeZone: timeZoneSchema,
    locale: localeSchema,
  })
  .strict()
  .superRefine((value, context) => {
    // Refinements run even when a field failed: a malformed date already has its message.
    if (!isValidTimeZone(value.timeZone) || !calendarDateSchema.safeParse(value.readyOn).success) return;
    const problem = calendarDateOutOfRange(value.readyOn, todayIn(value.timeZone));
    if (problem) context.addIssue({ code: 'custom', path: ['readyOn'], message: problem.code, params: problem.params });
  });
