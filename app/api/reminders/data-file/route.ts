import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { getPlatform } from '@/lib/content';
import { scheduleDataFileReminder } from '@/lib/db/queries/reminders';
import { AppError } from '@/lib/errors';
import { handle, json, readJson } from '@/lib/http/handler';
import { dataFileReminder } from '@/lib/reminders/schedule';
import { dataFileReadySchema } from '@/lib/validation/countdown';

export const dynamic = 'force-dynamic';

/** Schedules the "download your data file before it expires" email. */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const { platform, readyOn, timeZone } = await readJson(request, dataFileReadySchema);
  await enforceRateLimit('writesPerPerson', user.id);
  const availableDays = getPlatform(platform)!.timings.dataFileAvailableDays!;
  const reminder = dataFileReminder({ readyOn, availableDays, timeZone, now: new Date() });
  if (!reminder) {
    throw new AppError('bad_request', `A file ready on ${readyOn} can no longer be downloaded: ask for a new one.`, {
      issues: [{ path: 'readyOn', message: 'The download window is over.' }],
    });
  }
  await scheduleDataFileReminder({ userId: user.id, platform, readyOn, dueAt: reminder.dueAt });
  return json({ dueAt: reminder.dueAt.toISOString() }, { status: 201 });
});
