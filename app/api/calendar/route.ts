import { z } from 'zod';
import { deletionCalendarFile } from '@/lib/calendar/deletion-event';
import { getPlatform } from '@/lib/content';
import { todayUtc } from '@/lib/content/load';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { handle, toFieldIssues } from '@/lib/http/handler';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { clientAddress } from '@/lib/auth/client-address';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { checkRequestedOn, finalDay, isValidTimeZone, type IsoDate } from '@/lib/reminders/schedule';
import { todayIn } from '@/lib/validation/countdown-dates';

/*
 * GET /api/calendar?platform=tiktok&requestedOn=YYYY-MM-DD[&timeZone=Europe/Berlin]
 *
 * Stateless on purpose: everything is in the query, so people without an
 * account (or who never want one) can still put the final day in their
 * calendar.
 */

export const dynamic = 'force-dynamic';

function querySchema(today: IsoDate) {
  return z
    .object({
      platform: z.string({ error: 'platform_missing' satisfies ProblemCode }),
      requestedOn: z.string({ error: 'requested_on_missing' satisfies ProblemCode }),
    })
    .transform(({ platform: slug, requestedOn }, context) => {
      const platform = getPlatform(slug);
      const graceDays = platform?.timings.deletionGraceDays;
      if (!platform || !graceDays) {
        context.addIssue({
          code: 'custom',
          path: ['platform'],
          ...(platform
            ? { message: 'platform_deletes_at_once' satisfies ProblemCode, params: { platform: platform.name } }
            : { message: 'platform_not_known' satisfies ProblemCode }),
        });
        return z.NEVER;
      }
      // The age of the request depends on the platform's grace period, so it is checked only once that is known.
      const problem = checkRequestedOn({ requestedOn, today, graceDays });
      if (problem) {
        context.addIssue({ code: 'custom', path: ['requestedOn'], message: problem.code, params: problem.params });
        return z.NEVER;
      }
      return { platform, requestedOn, finalOn: finalDay({ requestedOn, graceDays }) };
    });
}

/** "Today" is the person's today when the browser says where they are (`timeZone`), else UTC's. */
function todayFor(timeZone: string | null): IsoDate {
  return timeZone && isValidTimeZone(timeZone) ? todayIn(timeZone) : todayUtc();
}

export const GET = handle(async (request: Request) => {
  await enforceRateLimit('anonymousPerClient', clientAddress(request.headers));
  const { searchParams } = new URL(request.url);
  const result = querySchema(todayFor(searchParams.get('timeZone'))).safeParse({
    platform: searchParams.get('platform') ?? undefined,
    requestedOn: searchParams.get('requestedOn') ?? undefined,
  });
  if (!result.success) {
    const issues = toFieldIssues(result.error.issues);
    // The first issue is the message: the calendar link is followed by a person, who sees only that.
    throw new AppError('bad_request', issues[0]?.problem ?? { code: 'fields_invalid' }, { issues });
  }

  const { platform, requestedOn, finalOn } = result.data;
  const body = deletionCalendarFile({
    platformName: platform.name,
    finalOn,
    countdownUrl: new URL('/countdowns', env().APP_URL).toString(),
    uid: `deletion-${platform.slug}-${requestedOn}@unlisted`,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="unlisted-${platform.slug}-deletion-${finalOn}.ics"`,
      'Cache-Control': 'no-store',
    },
  });
});
