import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { getPlatform } from '@/lib/content';
import { listCountdowns, startCountdown } from '@/lib/db/queries/countdowns';
import { handle, json, readJson } from '@/lib/http/handler';
import { requestLocale } from '@/lib/i18n/negotiate';
import { deletionReminders, finalDay } from '@/lib/reminders/schedule';
import { countdownStartSchema } from '@/lib/validation/countdown';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => {
  const user = await requireUser();
  return json({ countdowns: await listCountdowns({ userId: user.id }) });
});

/** "I requested deletion on <date>": starts the countdown and schedules the reminders still ahead. */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const { locale, ...start } = await readJson(request, countdownStartSchema);
  await enforceRateLimit('writesPerPerson', user.id);
  const graceDays = getPlatform(start.platform)!.timings.deletionGraceDays!;
  const finalOn = finalDay({ requestedOn: start.requestedOn, graceDays });
  const schedule = deletionReminders({ finalOn, timeZone: start.timeZone, now: new Date() });
  // The page's language: it was picked from the same cookie and Accept-Language this call carries.
  await startCountdown({ userId: user.id, ...start, finalOn, schedule, locale: locale ?? requestLocale(request.headers) });
  return json({ countdowns: await listCountdowns({ userId: user.id }) }, { status: 201 });
});
