import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { getPlatform } from '@/lib/content';
import { cancelDataFileReminder } from '@/lib/db/queries/reminder-stops';
import { scheduleDataFileReminder } from '@/lib/db/queries/reminders';
import { AppError } from '@/lib/errors';
import { handle, invalidFields, json, readJson } from '@/lib/http/handler';
import { requestLocale } from '@/lib/i18n/negotiate';
import { dataFileReminder } from '@/lib/reminders/schedule';
import { dataFileReadySchema } from '@/lib/validation/countdown';
import { platformSlugSchema } from '@/lib/validation/progress';

export const dynamic = 'force-dynamic';

/** Schedules the "download your data file before it expires" email. */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const { platform, readyOn, timeZone, locale } = await readJson(request, dataFileReadySchema);
  await enforceRateLimit('writesPerPerson', user.id);
  const availableDays = getPlatform(platform)!.timings.dataFileAvailableDays!;
  const reminder = dataFileReminder({ readyOn, availableDays, timeZone, now: new Date() });
  if (!reminder) {
    throw new AppError('bad_request', { code: 'data_file_expired', params: { readyOn } }, {
      issues: [{ path: 'readyOn', problem: { code: 'data_file_window_over' } }],
    });
  }
  // The page's language: it was picked from the same cookie and Accept-Language this call carries.
  await scheduleDataFileReminder({ userId: user.id, platform, readyOn, dueAt: reminder.dueAt, locale: locale ?? requestLocale(request.headers) });
  return json({ dueAt: reminder.dueAt.toISOString() }, { status: 201 });
});

const cancelQuerySchema = z.object({ platform: platformSlugSchema });

/** "Cancel reminder" on the download step: the person's data-file reminder for the platform is not sent. */
export const DELETE = handle(async (request: NextRequest) => {
  const user = await requireUser();
  const query = cancelQuerySchema.safeParse({ platform: request.nextUrl.searchParams.get('platform') ?? undefined });
  if (!query.success) throw invalidFields(query.error.issues);
  const { platform } = query.data;
  await enforceRateLimit('writesPerPerson', user.id);
  // Someone else's reminder is simply not found: ownership is part of the query.
  if (!(await cancelDataFileReminder({ userId: user.id, platform }))) {
    throw new AppError('not_found', { code: 'data_file_reminder_not_found', params: { platform: getPlatform(platform)!.name } });
  }
  return json({ cancelled: true });
});
